package org.crampguide.stretch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.crampguide.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxToolkit;

/**
 * Draws every bundled stretch picture at kiosk size, with its id under it, into one PNG, using the
 * app's own rendering and stylesheet. Runs only on request:
 * {@code ./mvnw -q test -Dtest=StretchContactSheet -Dstretch.sheet=assets/screenshots/stretches.png}
 */
class StretchContactSheet {
    private static final int COLUMNS = 4;
    private static final double PICTURE_HEIGHT = 440;

    @Test
    @EnabledIfSystemProperty(named = "stretch.sheet", matches = ".+")
    void drawsTheContactSheet() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<StretchArt> pictures = StretchPicturesBundledTest.drawnIds().stream().map(StretchPicturesBundledTest::bundled).toList();
        WritableImage image = StretchPictureTest.onFx(() -> snapshot(sheet(pictures)));
        Path out = Path.of(System.getProperty("stretch.sheet"));
        org.crampguide.testing.Png.write(image, out);
        assertTrue(Files.size(out) > 0);
    }

    private static GridPane sheet(List<StretchArt> pictures) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        grid.setPadding(new Insets(16));
        grid.setStyle("-fx-background-color: #c9d0d8;");
        for (int i = 0; i < pictures.size(); i++) {
            StretchPicture picture = new StretchPicture(pictures.get(i));
            picture.setPrefHeight(PICTURE_HEIGHT);
            Label id = new Label(pictures.get(i).id());
            id.setStyle("-fx-font-size: 24px; -fx-font-weight: bold; -fx-text-fill: #2b333d;");
            VBox cell = new VBox(8, picture, id);
            cell.setAlignment(Pos.CENTER);
            cell.setPadding(new Insets(8, 8, 12, 8));
            cell.setStyle("-fx-background-color: white;");
            grid.add(cell, i % COLUMNS, i / COLUMNS);
        }
        return grid;
    }

    private static WritableImage snapshot(GridPane grid) {
        new Scene(grid).getStylesheets().addAll(Theme.stylesheet(), StretchPicture.stylesheet());
        grid.applyCss();
        grid.autosize();
        grid.layout();
        return grid.snapshot(new SnapshotParameters(), null);
    }

}
