package org.crampguide.theme;

/**
 * The app's colours, named once in {@code theme.css} as looked-up colours on {@code .root}. Every
 * scene adds {@link #stylesheet()} before its feature stylesheets; popups, tooltips and context
 * menus share their owner scene's stylesheets, so they have it too.
 */
public final class Theme {
    private static final String STYLESHEET = Resources.stylesheet(Theme.class, "theme.css");
    private static final String HIGH_CONTRAST = Resources.stylesheet(Theme.class, "high-contrast.css");

    private Theme() {
    }

    /** The theme stylesheet, for a scene's stylesheets (first). */
    public static String stylesheet() {
        return STYLESHEET;
    }

    /**
     * The high-contrast theme: the same names with colours whose text reaches 7:1 (WCAG AAA),
     * added after every other stylesheet while {@link Appearance#highContrastProperty()} is on.
     */
    public static String highContrast() {
        return HIGH_CONTRAST;
    }
}
