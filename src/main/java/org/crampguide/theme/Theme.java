package org.crampguide.theme;

/**
 * The app's colours, named once in {@code theme.css} as looked-up colours on {@code .root}.
 *
 * <p>One stylesheet policy: every feature's stylesheet sits beside its code with the same name and
 * is added to the scene, once, by the code that builds the scene: {@link #stylesheet()} first, then
 * the parts (stretch pictures, body map), the screens, the hold player, the kiosk's, and
 * {@link #highContrast()} last while it is on. No view, FXML file or control brings a stylesheet of its
 * own: a stylesheet on every rebuilt view made JavaFX keep a style cache per view, and one place
 * shows the order that decides which rule wins. Popups, tooltips and context menus share their
 * owner scene's stylesheets, so they have them too.
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
