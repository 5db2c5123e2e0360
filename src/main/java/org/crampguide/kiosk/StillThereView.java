package org.crampguide.kiosk;

import org.crampguide.theme.Draws;

import javafx.beans.binding.Bindings;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.crampguide.content.Plural;

/** "Still there?": the countdown to the idle reset, and the button that stops it. */
@Draws
public final class StillThereView {
    private final KioskViewModel model;
    private final ResourceBundle words;

    @FXML private StackPane stillThereLayer;
    @FXML private Label countdownLabel;
    @FXML private Button stillHereButton;

    public StillThereView(KioskViewModel model, ResourceBundle words) {
        this.model = model;
        this.words = words;
    }

    @FXML
    private void initialize() {
        Overlays.follow(stillThereLayer, model.showing(KioskViewModel.Overlay.STILL_THERE));
        countdownLabel.textProperty().bind(Bindings.createStringBinding(() -> Plural.format(words,
                "kiosk.countdown", model.secondsLeftProperty().get()), model.secondsLeftProperty()));
        stillHereButton.setOnAction(e -> model.stillHere());
    }
}
