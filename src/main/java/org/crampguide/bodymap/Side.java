package org.crampguide.bodymap;

import java.util.Locale;

/** The body's own left or right (so in the front view the figure's left is on the viewer's right). */
public enum Side {
    LEFT, RIGHT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
