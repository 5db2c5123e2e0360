package org.crampguide.kiosk;

import org.crampguide.theme.Draws;

import java.util.List;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import org.crampguide.theme.Resources;
import org.crampguide.usage.UsageView;

/**
 * The kiosk's layers above the guide: the "Cramping right now?" button and the touch keyboard's
 * dock, under the overlays (stretch now, still there, attract, PIN pad, staff menu), each a view
 * of its own included from this one's FXML. Where no overlay is up, touches pass through to the guide.
 */
@Draws
public final class KioskView {
    private final KioskViewModel model;
    private final ShownGuide guide;
    private final ResourceBundle words;

    @FXML private Button crampingNowButton;
    @FXML private TouchKeyboard keyboard;

    /**
     * The kiosk's stylesheets, for the scene, after the guide's: they style the layers and the guide
     * beneath them in kiosk mode (bigger targets, the map's touch halo).
     */
    public static List<String> stylesheets() {
        return List.of(Resources.stylesheet(KioskView.class, "KioskView.css"),
                Resources.stylesheet(KioskView.class, "StretchNowView.css"),
                Resources.stylesheet(KioskView.class, "TouchKeyboard.css"), UsageView.stylesheet());
    }

    /** @param words the UI's words in the language these layers are built for */
    public KioskView(KioskViewModel model, ShownGuide guide, ResourceBundle words) {
        this.model = model;
        this.guide = guide;
        this.words = words;
    }

    @FXML
    private void initialize() {
        crampingNowButton.setOnAction(e -> model.crampingNow(guide.selectedMuscle()));
        keyboard.layOut(guide.languageProperty().get(), words);
        keyboard.visibleProperty().addListener((obs, was, open) -> makeRoomForKeyboard(open));
    }

    /** Where the keyboard would cover the "Cramping right now?" button (a narrow screen), the button moves up above it. */
    private void makeRoomForKeyboard(boolean open) {
        Insets margin = StackPane.getMargin(keyboard);
        double left = margin == null ? 0 : margin.getLeft();
        double room = guide.layers().getWidth() - left - keyboard.prefWidth(-1) - crampingNowButton.prefWidth(-1)
                - 2 * Math.abs(crampingNowButton.getTranslateX());
        boolean lift = open && room < 0;
        StackPane.setMargin(crampingNowButton, lift ? new Insets(0, 0, keyboard.prefHeight(-1), 0) : null);
    }

    /**
     * Every touch passes here first: a tap on a text field opens the keyboard for it, a tap on the
     * keyboard types, and a tap anywhere else closes it.
     */
    void touched(Object target) {
        if (target instanceof Node node && keyboard.contains(node)) {
            return;
        }
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof TextInputControl field) {
                // bottom left, above the disclaimer (which stays in sight), leaving the results beside it
                Node disclaimer = guide.layers().lookup(".disclaimer-bar");
                double above = disclaimer == null ? 0 : disclaimer.getBoundsInParent().getHeight();
                StackPane.setMargin(keyboard, new Insets(0, 0, above, 16));
                keyboard.open(field);
                return;
            }
        }
        keyboard.close();
    }

    /** The language changes: these layers leave the scene, their keyboard closed. */
    void closeKeyboard() {
        keyboard.close();
    }

    /** Escape: the keyboard and the staff screens close. */
    void closePopUps() {
        keyboard.close();
        model.closePopUps();
    }

    /** An idle reset: the keyboard closes, every overlay goes, the attract screen comes up. */
    void backToAttract() {
        keyboard.close();
        model.backToAttract();
    }
}
