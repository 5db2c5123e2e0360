package org.crampguide.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.crampguide.theme.Resources;

/** Loads the kiosk's layers: {@code KioskView.fxml} and the overlays it includes, each with its view. */
final class KioskScreens {
    private KioskScreens() {
    }

    /** @param views the views, one of each class the FXML files name as controller */
    static Parent load(ResourceBundle words, Object... views) {
        Map<Class<?>, Object> byClass = new HashMap<>();
        for (Object view : views) {
            byClass.put(view.getClass(), view);
        }
        FXMLLoader loader = new FXMLLoader(Resources.url(KioskScreens.class, "KioskView.fxml"), words);
        loader.setControllerFactory(type -> {
            Object view = byClass.get(type);
            if (view == null) {
                throw new IllegalStateException("no view of class " + type.getName() + " for the kiosk screens");
            }
            return view;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the kiosk screens", e);
        }
    }
}
