package org.crampguide.kiosk;

import org.crampguide.theme.Draws;

import java.util.Optional;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.crampguide.content.Muscle;
import org.crampguide.firstaid.FirstAidFlow;
import org.crampguide.firstaid.FirstAidFlowView;
import org.crampguide.firstaid.FlowCards;
import org.crampguide.hold.HoldPlayerView;
import org.crampguide.kiosk.KioskViewModel.Overlay;


/**
 * "Cramping right now?": the chosen muscle's first-aid flow in big type (call now? don't stretch
 * if…? the stretch with its pictures and the hold player, has it eased?); with no muscle chosen,
 * first the question which.
 */
@Draws
public final class StretchNowView {
    /** The positions in pictures, big enough to follow from the floor; smaller on a short landscape screen. */
    private static final double PICTURE_WIDTH = 420;
    private static final double PICTURE_HEIGHT = 350;
    /** A screen lower than this (a 1280x800 kiosk) gets pictures of {@link #SHORT_SCREEN_SHARE} the size. */
    private static final double SHORT_SCREEN = 1000;
    private static final double SHORT_SCREEN_SHARE = 0.6;
    private final KioskViewModel model;
    private final ShownGuide guide;
    private final ResourceBundle words;

    @FXML private StackPane stretchLayer;
    @FXML private Label stretchTitle;
    @FXML private FlowPane stretchChoices;
    @FXML private VBox stretchSteps;
    @FXML private Button stretchDone;
    /** The kiosk's one hold player, placed in each flow's stretch step. */
    private Node holdNode;

    public StretchNowView(KioskViewModel model, ShownGuide guide, ResourceBundle words) {
        this.model = model;
        this.guide = guide;
        this.words = words;
    }

    @FXML
    private void initialize() {
        holdNode = HoldPlayerView.load(model.hold(), words).node();
        stretchDone.setOnAction(e -> model.hide(Overlay.STRETCH_NOW));
        Overlays.follow(stretchLayer, model.showing(Overlay.STRETCH_NOW), shown -> {
            if (shown) {
                draw(model.stretchMuscleProperty().get());
            }
        });
        model.stretchMuscleProperty().addListener((obs, old, muscle) -> {
            if (Overlays.up(stretchLayer)) { // the language on screen's layers only
                draw(muscle);
            }
        });
    }

    private void draw(Optional<Muscle> muscle) {
        stretchChoices.getChildren().clear();
        stretchSteps.getChildren().clear();
        FirstAidFlow flow = model.stretchFlow();
        if (muscle.isPresent() && flow != null) { // the same flow as the guide's page, in big type
            stretchTitle.setText(muscle.get().name());
            FirstAidFlowView.Hold hold = model.offersHold()
                    ? new FirstAidFlowView.Hold(model.hold(), holdNode, model.holdSeconds()) : null;
            double share = stretchLayer.getScene() != null && stretchLayer.getScene().getHeight() < SHORT_SCREEN
                    ? SHORT_SCREEN_SHARE : 1;
            FirstAidFlowView.Look look = new FirstAidFlowView.Look(guide.pictures().of(muscle.get()),
                    PICTURE_WIDTH * share, PICTURE_HEIGHT * share, hold, true, guide.voice(),
                    guide.languageProperty().get());
            FirstAidFlowView view = FirstAidFlowView.load(flow,
                    new FlowCards(muscle.get(), guide.content().guide(), words), look, words);
            stretchSteps.getChildren().add(view.node());
            view.announce();
            return;
        }
        stretchTitle.setText(words.getString("kiosk.whichMuscle"));
        for (Muscle choice : guide.content().muscles()) {
            Button button = new Button(choice.name());
            button.setId("stretch-choice-" + choice.id());
            button.getStyleClass().add("kiosk-big-button");
            button.setOnAction(e -> {
                guide.select(choice.id());
                model.openStretch(guide.selectedMuscle());
            });
            stretchChoices.getChildren().add(button);
        }
    }
}
