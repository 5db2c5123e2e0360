package org.crampguide.theme;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.ScrollPaneSkin;

/**
 * A scroll pane that draws what it shows whenever it is drawn, instead of keeping a picture of it.
 * JavaFX's own skin keeps its viewport as a picture ({@code setCache}); without a graphics card that
 * picture is about a screen's worth of pixels for each scroll pane, kept while the pane is hidden
 * (every muscle's page built, in each language shown: the largest part of the heap a kiosk kept),
 * and drawn again whole whenever anything inside changes (a hold timer does, many times a second).
 * theme.css gives every scroll pane this skin.
 */
@Draws
public final class LiveScrollPaneSkin extends ScrollPaneSkin {

    public LiveScrollPaneSkin(ScrollPane pane) {
        super(pane);
        for (Node part : getChildren()) {
            if (part.getStyleClass().contains("viewport")) {
                part.setCache(false);
            }
        }
    }

    /** Whether the viewport is kept as a picture (never, with this skin). */
    boolean keepsPicture() {
        return getChildren().stream().anyMatch(part -> part.getStyleClass().contains("viewport") && part.isCache());
    }
}
