package org.crampguide.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/** Writes a JavaFX snapshot as a PNG, for the screenshots the tests draw. */
public final class Png {
    private Png() {
    }

    public static void write(Image image, Path out) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path folder = out.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        ImageIO.write(buffered, "png", out.toFile());
    }
}
