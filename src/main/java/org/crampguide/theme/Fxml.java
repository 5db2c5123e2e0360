package org.crampguide.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * The one way the app loads its FXML: the file beside its owner class, in the UI's words, each
 * controller the file names being one of the views given (views are made by their owners, with
 * what they need, and never by the loader).
 */
@Draws
public final class Fxml {
    private Fxml() {
    }

    /**
     * Loads {@code name} beside {@code owner}; {@code views} holds one view of each controller class
     * the file (and the files it includes) name.
     */
    public static Parent load(Class<?> owner, String name, ResourceBundle words, Object... views) {
        Map<Class<?>, Object> byClass = new HashMap<>();
        for (Object view : views) {
            byClass.put(view.getClass(), view);
        }
        FXMLLoader loader = new FXMLLoader(Resources.url(owner, name), words);
        loader.setControllerFactory(type -> {
            Object view = byClass.get(type);
            if (view == null) {
                throw new IllegalStateException(name + " names the controller " + type.getName() + ", which was not given");
            }
            return view;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + Resources.path(owner, name), e);
        }
    }
}
