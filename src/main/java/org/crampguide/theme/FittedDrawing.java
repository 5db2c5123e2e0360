package org.crampguide.theme;

import javafx.scene.Group;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * A drawing in its own units (an SVG's viewBox) scaled uniformly to fit a box and centred in it:
 * the one way the body map's figures and the stretch pictures fit their space. Its owner adds it
 * unmanaged and calls {@link #fit} from its own layout.
 */
@Draws
public final class FittedDrawing extends Group {
    /** The smallest scale drawn, so a drawing squeezed to nothing still has a size. */
    private static final double LEAST = 0.001;

    private final double width;
    private final double height;
    private final boolean wholePixels;
    private final Translate place = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);

    /**
     * A drawing of the box ({@code minX}, {@code minY}, {@code width}, {@code height}) in its own
     * units. With {@code wholePixels} its corner lands on whole pixels, so a kept picture of it
     * ({@code setCache}) is exactly what drawing it would give.
     */
    public FittedDrawing(double minX, double minY, double width, double height, boolean wholePixels) {
        this.width = width;
        this.height = height;
        this.wholePixels = wholePixels;
        getTransforms().setAll(place, scale, new Translate(-minX, -minY));
        setManaged(false);
    }

    /** Scales the drawing to fit the box at ({@code left}, {@code top}) and centres it there; returns the scale. */
    public double fit(double left, double top, double boxWidth, double boxHeight) {
        double s = Math.max(LEAST, Math.min(boxWidth / width, boxHeight / height));
        double x = left + (boxWidth - width * s) / 2;
        double spare = (boxHeight - height * s) / 2; // a rounding error below 0 is drawn as it is
        double y = top + (spare < -0.5 ? 0 : spare); // a drawing squeezed below LEAST hangs from the top
        place.setX(wholePixels ? Math.round(x) : x);
        place.setY(wholePixels ? Math.round(y) : y);
        scale.setX(s);
        scale.setY(s);
        return s;
    }

    /** How much the drawing is scaled now (1 = its own units). */
    public double drawnScale() {
        return scale.getX();
    }
}
