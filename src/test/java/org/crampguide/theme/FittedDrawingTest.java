package org.crampguide.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Bounds;
import org.junit.jupiter.api.Test;

/** The body map's figures and the stretch pictures fit their drawings through this one node. */
class FittedDrawingTest {

    @Test
    void aTallDrawingFillsTheBoxesHeightAndIsCentredAcross() {
        FittedDrawing drawing = new FittedDrawing(10, 20, 100, 200, false);
        drawing.getChildren().add(new javafx.scene.shape.Rectangle(10, 20, 100, 200));

        assertEquals(2.0, drawing.fit(5, 7, 400, 400), 1e-9);
        Bounds drawn = drawing.getBoundsInParent();
        assertEquals(5 + 100, drawn.getMinX(), 1e-9, "centred across a box wider than the drawing");
        assertEquals(7, drawn.getMinY(), 1e-9, "the drawing's own corner (10, 20) lands on the box's top");
        assertEquals(200, drawn.getWidth(), 1e-9);
        assertEquals(400, drawn.getHeight(), 1e-9);
    }

    @Test
    void aWideBoxCentresTheDrawingDownAndOnWholePixelsWhenAsked() {
        FittedDrawing drawing = new FittedDrawing(0, 0, 300, 100, true);
        drawing.getChildren().add(new javafx.scene.shape.Rectangle(0, 0, 300, 100));

        assertEquals(1.0, drawing.fit(0.3, 0, 300, 101));
        Bounds drawn = drawing.getBoundsInParent();
        assertEquals(0, drawn.getMinX(), "0.3 rounds to a whole pixel");
        assertEquals(1, drawn.getMinY(), "half a pixel down rounds to a whole one");
        assertEquals(1.0, drawing.drawnScale());
    }

    @Test
    void aBoxSqueezedToNothingStillLeavesTheDrawingASize() {
        FittedDrawing drawing = new FittedDrawing(0, 0, 100, 100, false);

        assertEquals(0.001, drawing.fit(0, 0, 0, 0), 1e-12);
    }
}
