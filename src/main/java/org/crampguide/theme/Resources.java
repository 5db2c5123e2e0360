package org.crampguide.theme;

import java.net.URL;

/**
 * The one way the app finds its own files (stylesheets, FXML) beside its classes. A missing file
 * fails at once with its path in the message, instead of a bare NullPointerException later.
 */
public final class Resources {
    private Resources() {
    }

    /** The file {@code name} in {@code owner}'s package, e.g. {@code url(MainView.class, "MainView.fxml")}. */
    public static URL url(Class<?> owner, String name) {
        URL url = owner.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing resource " + path(owner, name));
        }
        return url;
    }

    /** A stylesheet in {@code owner}'s package, as the URL string a scene's stylesheets take. */
    public static String stylesheet(Class<?> owner, String name) {
        return url(owner, name).toExternalForm();
    }

    /** Where {@code owner.getResource(name)} looks: {@code org/crampguide/guide/MainView.css}. */
    static String path(Class<?> owner, String name) {
        if (name.startsWith("/")) {
            return name.substring(1);
        }
        return owner.getPackageName().replace('.', '/') + "/" + name;
    }
}
