package org.crampguide.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import org.crampguide.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A picture drawn to a kiosk size: uniform scale, centred, styled by its stylesheet, spoken by its title. */
class StretchPictureTest {

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private static StretchPicture shown(String id, double width, double height) throws Exception {
        StretchArt art = StretchPicturesBundledTest.bundled(id);
        return onFx(() -> {
            StretchPicture picture = new StretchPicture(art);
            StackPane pane = new StackPane(picture);
            new Scene(pane, width, height).getStylesheets().addAll(Theme.stylesheet(), StretchPicture.stylesheet());
            pane.applyCss();
            pane.layout();
            return picture;
        });
    }

    @Test
    void aKioskSizedPictureKeepsItsProportionsAndIsCentred() throws Exception {
        StretchPicture picture = shown("calves-wall-lean", 900, 450);
        assertEquals(540, picture.prefWidth(450), 0.01);
        assertEquals(450, picture.prefHeight(540), 0.01);
        assertEquals(450.0 / 400.0, picture.drawnScale(), 1e-9);
        StretchPicture squeezed = shown("calves-wall-lean", 240, 450);
        assertEquals(240.0 / 480.0, squeezed.drawnScale(), 1e-9);
        assertEquals(240, squeezed.getWidth(), 0.01);
        var bounds = onFx(() -> squeezed.localToScene(squeezed.getChildrenUnmodifiable().get(0).getBoundsInParent()));
        assertEquals(225, (bounds.getMinY() + bounds.getMaxY()) / 2, 1.0);
    }

    @Test
    void eachLayerIsStyledByTheStretchStylesheetInTheThemesColours() throws Exception {
        StretchPicture picture = shown("calves-towel-pull", 540, 450);
        assertEquals(Color.web("#e8623f"), fillOf(picture, "stretch-stretched"));
        assertEquals(Color.web("#eef1f4"), fillOf(picture, "stretch-figure"));
        assertEquals(Color.web("#1f4e8c"), fillOf(picture, "stretch-arrow"));
        assertEquals(Color.web("#6aa7c9"), fillOf(picture, "stretch-strap"));
        SVGPath floor = pathsWith(picture, "stretch-props-line").get(0);
        assertEquals(Color.TRANSPARENT, floor.getFill());
        assertTrue(floor.getStrokeWidth() >= 4, "the floor line is drawn thick");
    }

    @Test
    void aScreenReaderReadsTheTitle() throws Exception {
        StretchPicture picture = shown("chest-doorway", 540, 450);
        assertEquals(AccessibleRole.IMAGE_VIEW, picture.getAccessibleRole());
        assertEquals(picture.art().title(), picture.getAccessibleText());
        assertEquals("stretch-chest-doorway", picture.getId());
        assertTrue(picture.getAccessibleText().startsWith("Chest stretch in a doorway"), picture.getAccessibleText());
    }

    private static Color fillOf(StretchPicture picture, String styleClass) {
        return (Color) pathsWith(picture, styleClass).get(0).getFill();
    }

    private static List<SVGPath> pathsWith(StretchPicture picture, String styleClass) {
        List<SVGPath> paths = ((javafx.scene.Group) picture.getChildrenUnmodifiable().get(0)).getChildren().stream()
                .map(SVGPath.class::cast)
                .filter(path -> path.getStyleClass().contains(styleClass))
                .toList();
        assertTrue(!paths.isEmpty(), "no path with style class " + styleClass);
        return paths;
    }
}
