package org.crampguide.app;

import javafx.scene.Scene;

/**
 * Sizes the text to the window: every size in the CSS is in em, so a laptop window gets compact
 * text and a kiosk screen text that reads from a step back.
 */
final class TextScale {
    static final double MIN_PX = 13;
    static final double MAX_PX = 22;

    private TextScale() {
    }

    /** The root font size for a window of this size, from its area, within the bounds above. */
    static double fontSizeFor(double width, double height) {
        double size = Math.sqrt(Math.max(0, width) * Math.max(0, height)) / 88;
        return Math.round(Math.max(MIN_PX, Math.min(MAX_PX, size)) * 2) / 2.0;
    }

    /** Keeps the scene's root font size in step with the window. */
    static void follow(Scene scene) {
        Runnable update = () -> scene.getRoot().setStyle(
                "-fx-font-size: " + fontSizeFor(scene.getWidth(), scene.getHeight()) + "px;");
        scene.widthProperty().addListener(obs -> update.run());
        scene.heightProperty().addListener(obs -> update.run());
        update.run();
    }
}
