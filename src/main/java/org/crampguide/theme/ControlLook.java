package org.crampguide.theme;

import atlantafx.base.theme.PrimerLight;
import java.net.URL;

/**
 * The look of the standard controls (buttons, labels, scroll bars, text fields, the staff screens'
 * table and chart): AtlantaFX's Primer Light, trimmed when the app is built to the control families
 * the guide shows ({@link ControlLookBuild}) and kept in JavaFX's binary form, so that a start reads
 * and matches 430 rules instead of 1,000. The app's own colours and screens are in its own stylesheets.
 */
public final class ControlLook {
    /** The trimmed stylesheet, in JavaFX's binary form, beside this class (written by the build). */
    static final String FILE = "control-look.bss";

    private static final System.Logger LOG = System.getLogger(ControlLook.class.getName());
    private static final String STYLESHEET = find();

    private ControlLook() {
    }

    /**
     * The URL for {@code Application.setUserAgentStylesheet}: the trimmed stylesheet, or Primer Light
     * whole (with a warning) where the build did not write it, as when classes are compiled by an IDE.
     */
    public static String stylesheet() {
        return STYLESHEET;
    }

    private static String find() {
        URL trimmed = ControlLook.class.getResource(FILE);
        if (trimmed == null) {
            LOG.log(System.Logger.Level.WARNING, Resources.path(ControlLook.class, FILE) + " is missing (the build"
                    + " writes it: ./mvnw process-classes); the controls take AtlantaFX's whole stylesheet");
            return new PrimerLight().getUserAgentStylesheet();
        }
        return trimmed.toExternalForm();
    }
}
