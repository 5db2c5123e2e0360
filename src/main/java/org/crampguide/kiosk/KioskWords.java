package org.crampguide.kiosk;

import org.crampguide.theme.Draws;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Labeled;

/**
 * The kiosk's own words follow the language on screen (a visitor may switch). Each node names its
 * words once, in its FXML: {@code <properties textKey="kiosk.done"/>}.
 */
@Draws
final class KioskWords {
    static final String TEXT_KEY = "textKey";

    private KioskWords() {
    }

    /** Binds each node's text to its {@value #TEXT_KEY} in whatever bundle {@code words} holds. */
    static void follow(ObservableValue<ResourceBundle> words, Labeled... nodes) {
        for (Labeled node : nodes) {
            Object key = node.getProperties().get(TEXT_KEY);
            if (!(key instanceof String name)) {
                throw new IllegalStateException("no " + TEXT_KEY + " property on " + node.getId());
            }
            node.textProperty().bind(Bindings.createStringBinding(() -> words.getValue().getString(name), words));
        }
    }
}
