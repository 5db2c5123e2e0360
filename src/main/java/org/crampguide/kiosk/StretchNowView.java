package org.crampguide.kiosk;

import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.crampguide.content.Guide;
import org.crampguide.content.Item;
import org.crampguide.content.Muscle;
import org.crampguide.content.Urgency;
import org.crampguide.hold.HoldPlayerView;
import org.crampguide.kiosk.KioskViewModel.Overlay;
import org.crampguide.stretch.StretchArt;
import org.crampguide.stretch.StretchPicture;

/**
 * "Cramping right now?": the chosen muscle's cramp-or-tear check, its stretch in pictures and big
 * steps, the hold player, and when to get help; with no muscle chosen, first the question which.
 */
public final class StretchNowView {
    private final KioskViewModel model;
    private final ShownGuide guide;
    private final ObservableValue<ResourceBundle> words;

    @FXML private StackPane stretchLayer;
    @FXML private Label stretchEyebrow;
    @FXML private Label stretchTitle;
    @FXML private FlowPane stretchChoices;
    @FXML private VBox stretchSteps;
    @FXML private VBox holdBox;
    @FXML private VBox stretchFlags;
    @FXML private Button stretchDone;

    public StretchNowView(KioskViewModel model, ShownGuide guide, ObservableValue<ResourceBundle> words) {
        this.model = model;
        this.guide = guide;
        this.words = words;
    }

    @FXML
    private void initialize() {
        KioskWords.follow(words, stretchEyebrow, stretchDone);
        holdBox.getChildren().setAll(HoldPlayerView.load(model.hold(), model.words()).node());
        stretchDone.setOnAction(e -> model.hide(Overlay.STRETCH_NOW));
        Overlays.follow(stretchLayer, model.showing(Overlay.STRETCH_NOW), shown -> {
            if (shown) {
                draw(model.stretchMuscleProperty().get());
            }
        });
        model.stretchMuscleProperty().addListener((obs, old, muscle) -> {
            if (model.isShowing(Overlay.STRETCH_NOW)) {
                draw(muscle);
            }
        });
    }

    private void draw(Optional<Muscle> muscle) {
        stretchChoices.getChildren().clear();
        stretchSteps.getChildren().clear();
        if (muscle.isPresent()) {
            drawStretch(muscle.get());
        } else {
            stretchTitle.setText(model.words().getString("kiosk.whichMuscle"));
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
        holdBox.setVisible(model.offersHold());
        holdBox.setManaged(model.offersHold());
        drawRedFlags();
    }

    private void drawStretch(Muscle muscle) {
        stretchTitle.setText(muscle.name());
        if (muscle.hasWarning()) {
            Label warning = new Label(muscle.warning().title() + "\n" + muscle.warning().text());
            warning.getStyleClass().add("stretch-warning");
            warning.setWrapText(true);
            stretchSteps.getChildren().add(warning);
        }
        stretchSteps.getChildren().add(KioskCrampCheck.box(muscle.crampOrTear(),
                guide.content().guide().seeADoctor().emergencyTitle()));
        if (!muscle.hasWarning()) { // the chest: call first; no picture invites a stretch
            stretchSteps.getChildren().add(pictures(muscle));
        }
        var steps = muscle.stretch().steps();
        for (int i = 0; i < steps.size(); i++) {
            Item step = steps.get(i);
            Label number = new Label(String.valueOf(i + 1));
            number.getStyleClass().addAll("step-number", "stretch-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label((step.hasTitle() ? step.title() + ". " : "") + step.text());
            text.getStyleClass().add("stretch-step");
            text.setWrapText(true);
            HBox row = new HBox(number, text);
            row.getStyleClass().add("stretch-row");
            stretchSteps.getChildren().add(row);
        }
    }

    /** Emergencies, then same day (a clot, numbness, a tear): when to get help, under the stretch. */
    private void drawRedFlags() {
        stretchFlags.getChildren().clear();
        Label heading = new Label(model.words().getString("kiosk.redFlags"));
        heading.getStyleClass().add("red-flags-heading");
        stretchFlags.getChildren().add(heading);
        for (Guide.RedFlagGroup group : guide.content().guide().seeADoctor().groups()) {
            if (group.urgency() != Urgency.SOON) {
                Label title = new Label(group.title());
                title.getStyleClass().add("red-flags-title");
                title.setWrapText(true);
                stretchFlags.getChildren().add(title);
                for (Item item : group.items()) {
                    Label flag = new Label("• " + (item.hasTitle() ? item.title() + ": " : "") + item.text());
                    flag.setWrapText(true);
                    flag.getStyleClass().add("red-flag");
                    stretchFlags.getChildren().add(flag);
                }
            }
        }
    }

    /** The positions in pictures, big enough to follow from the floor. */
    private FlowPane pictures(Muscle muscle) {
        FlowPane row = new FlowPane();
        row.setId("stretch-now-pictures");
        row.getStyleClass().add("stretch-now-pictures");
        for (StretchArt art : guide.pictures().of(muscle)) {
            StretchPicture picture = new StretchPicture(art);
            picture.setPrefSize(420, 350);
            row.getChildren().add(picture);
        }
        return row;
    }
}
