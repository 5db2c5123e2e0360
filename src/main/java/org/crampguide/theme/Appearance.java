package org.crampguide.theme;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * How the guide looks for someone who sees poorly: the high-contrast theme, and text a few steps
 * larger (A+) or smaller (A−) than the window's own size. Node-free; one for the app, put back to
 * the usual look by {@link #reset()} (the kiosk's idle reset).
 */
public final class Appearance {
    /** Each A+ makes the text this much larger. */
    public static final double STEP = 1.15;
    public static final int SMALLEST = -2;
    public static final int LARGEST = 3;

    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast");
    private final ReadOnlyIntegerWrapper textStep = new ReadOnlyIntegerWrapper(this, "textStep");

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    public ReadOnlyIntegerProperty textStepProperty() {
        return textStep.getReadOnlyProperty();
    }

    /** A+: one step larger, up to {@link #LARGEST}. */
    public void larger() {
        textStep.set(Math.min(LARGEST, textStep.get() + 1));
    }

    /** A−: one step smaller, down to {@link #SMALLEST}. */
    public void smaller() {
        textStep.set(Math.max(SMALLEST, textStep.get() - 1));
    }

    public boolean canGrow() {
        return textStep.get() < LARGEST;
    }

    public boolean canShrink() {
        return textStep.get() > SMALLEST;
    }

    /** How much larger than usual the text is now. */
    public double textFactor() {
        return Math.pow(STEP, textStep.get());
    }

    /** The usual look again: normal contrast, the window's own text size. */
    public void reset() {
        highContrast.set(false);
        textStep.set(0);
    }
}
