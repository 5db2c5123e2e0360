package org.crampguide.guide;

import org.crampguide.theme.Draws;

import javafx.scene.Scene;

/**
 * Sizes the text to the window: every size in the CSS is in em, so a laptop window gets compact
 * text and a kiosk screen text that reads from a step back.
 */
@Draws
public final class TextScale {
    static final double MIN_PX = 13;
    static final double MAX_PX = 22;
    /** A kiosk is read standing, about a metre away, rather than from a chair: its text is this much larger. */
    public static final double KIOSK_FACTOR = 1.3;

    private final Scene scene;
    private double factor = 1;
    /** The size set last: setting the same again would restyle the whole scene for nothing. */
    private double shownPx;

    private TextScale(Scene scene) {
        this.scene = scene;
    }

    /** The root font size for a window of this size, from its area, within the bounds above. */
    static double fontSizeFor(double width, double height) {
        return fontSizeFor(width, height, 1);
    }

    /** The same, times {@code factor} (bounds included), to the nearest half pixel. */
    static double fontSizeFor(double width, double height, double factor) {
        double size = Math.sqrt(Math.max(0, width) * Math.max(0, height)) / 88;
        return Math.round(Math.max(MIN_PX, Math.min(MAX_PX, size)) * factor * 2) / 2.0;
    }

    /** Keeps the scene's root font size in step with the window. */
    public static TextScale follow(Scene scene) {
        TextScale scale = new TextScale(scene);
        scene.widthProperty().addListener(obs -> scale.update());
        scene.heightProperty().addListener(obs -> scale.update());
        scale.update();
        return scale;
    }

    /** Makes all text {@code factor} times its usual size for the window. */
    public void setFactor(double factor) {
        this.factor = factor;
        update();
    }

    private void update() {
        double px = fontSizeFor(scene.getWidth(), scene.getHeight(), factor);
        if (px != shownPx) {
            shownPx = px;
            scene.getRoot().setStyle("-fx-font-size: " + px + "px;");
        }
    }
}
