package org.crampguide.kiosk;

import org.crampguide.theme.Draws;

import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** How a kiosk overlay follows its "showing" state: seen and laid out only while up. */
@Draws
final class Overlays {
    private Overlays() {
    }

    static void follow(Node layer, ObservableBooleanValue showing) {
        follow(layer, showing, shown -> { });
    }

    /** As {@link #follow(Node, ObservableBooleanValue)}; {@code onChange} runs after each change, and once now. */
    static void follow(Node layer, ObservableBooleanValue showing, Consumer<Boolean> onChange) {
        layer.visibleProperty().bind(showing);
        layer.managedProperty().bind(showing);
        showing.addListener((obs, was, now) -> onChange.accept(now));
        onChange.accept(showing.get());
    }
}
