package org.crampguide.kiosk;

import org.crampguide.theme.Draws;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * How a kiosk overlay follows its "showing" state: seen and laid out only while up. The kiosk keeps
 * one set of layers per language, and only the language shown has its set in the scene: an overlay
 * counts as up only while it is showing and in the scene, so the other languages' layers neither
 * draw, nor animate, nor speak.
 */
@Draws
final class Overlays {
    private Overlays() {
    }

    static void follow(Node layer, ObservableBooleanValue showing) {
        follow(layer, showing, shown -> { });
    }

    /** As {@link #follow(Node, ObservableBooleanValue)}; {@code onChange} runs after each change, and once now. */
    static void follow(Node layer, ObservableBooleanValue showing, Consumer<Boolean> onChange) {
        BooleanBinding up = Bindings.createBooleanBinding(() -> showing.get() && layer.getScene() != null, showing,
                layer.sceneProperty());
        layer.visibleProperty().bind(up);
        layer.managedProperty().bind(up);
        up.addListener((obs, was, now) -> onChange.accept(now));
        onChange.accept(up.get());
    }

    /** Whether {@code layer}, which {@link #follow}s its state, is up now: showing, and in the scene. */
    static boolean up(Node layer) {
        return layer.isVisible(); // bound to exactly that by follow
    }
}
