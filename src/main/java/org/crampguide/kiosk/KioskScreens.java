package org.crampguide.kiosk;

import org.crampguide.theme.Draws;

import java.util.ResourceBundle;
import javafx.scene.Parent;
import org.crampguide.theme.Fxml;

/** Loads the kiosk's layers: {@code KioskView.fxml} and the overlays it includes, each with its view. */
@Draws
final class KioskScreens {
    private KioskScreens() {
    }

    /** @param views the views, one of each class the FXML files name as controller */
    static Parent load(ResourceBundle words, Object... views) {
        return Fxml.load(KioskScreens.class, "KioskView.fxml", words, views);
    }
}
