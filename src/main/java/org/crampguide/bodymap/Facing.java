package org.crampguide.bodymap;

import java.util.Locale;

/** The two drawings of the body: seen from the front and from the back. */
public enum Facing {
    FRONT, BACK;

    /** The word used in file names and region ids: {@code front} or {@code back}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String fileName() {
        return "bodymap/" + id() + ".svg";
    }
}
