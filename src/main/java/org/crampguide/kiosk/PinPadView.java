package org.crampguide.kiosk;

import org.crampguide.theme.Draws;

import org.crampguide.kiosk.staff.PinPad;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;

/** The staff PIN pad: twelve keys, dots for the digits typed, and the pad's message. */
@Draws
public final class PinPadView {
    private static final PseudoClass CHECKING = PseudoClass.getPseudoClass("checking");
    private final KioskViewModel model;

    @FXML private StackPane pinLayer;
    @FXML private Label pinDots;
    @FXML private GridPane pinKeys;
    @FXML private Label pinMessage;
    @FXML private Button pinCancel;

    public PinPadView(KioskViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        PinPad pad = model.pinPad();
        Overlays.follow(pinLayer, model.showing(KioskViewModel.Overlay.PIN_PAD));
        pinDots.textProperty().bind(pad.dotsProperty());
        pinMessage.textProperty().bind(pad.messageProperty());
        pinKeys.disableProperty().bind(pad.checkingProperty()); // the keys wait while a PIN is checked
        pad.checkingProperty().addListener((obs, was, busy) -> pinLayer.pseudoClassStateChanged(CHECKING, busy));
        pinCancel.setOnAction(e -> model.hide(KioskViewModel.Overlay.PIN_PAD));
        for (int i = 0; i < PinPad.KEYS.length; i++) {
            String key = PinPad.KEYS[i];
            Button button = new Button(key);
            button.setId("pin-key-" + (key.equals(PinPad.BACK) ? "back" : key.toLowerCase(Locale.ROOT)));
            button.getStyleClass().add("pin-key");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> pad.press(key));
            pinKeys.add(button, i % 3, i / 3);
        }
    }
}
