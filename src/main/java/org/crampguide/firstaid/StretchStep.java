package org.crampguide.firstaid;

import org.crampguide.theme.Draws;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.crampguide.content.Item;
import org.crampguide.content.Muscle;
import org.crampguide.stretch.StretchArt;
import org.crampguide.stretch.StretchPicture;

/** The flow's stretch step: its pictures, its numbered steps (the rules in red) and its hold timer. */
@Draws
final class StretchStep {
    private StretchStep() {
    }

    /** The positions in pictures; none for the chest and the belly, where no picture should invite a stretch. */
    static HBox pictures(Muscle muscle, FirstAidFlowView.Look look) {
        HBox row = new HBox();
        row.getStyleClass().add("flow-pictures");
        row.setId("flow-pictures");
        if (muscle.hasWarning()) {
            return row;
        }
        for (StretchArt art : look.pictures()) {
            StretchPicture picture = new StretchPicture(art);
            picture.setPrefSize(look.pictureWidth(), look.pictureHeight());
            picture.setMinSize(look.pictureWidth(), look.pictureHeight());
            picture.setMaxSize(look.pictureWidth(), look.pictureHeight());
            row.getChildren().add(picture);
        }
        return row;
    }

    /** The pictures, the steps, then the hold timer (made ready for another hold). */
    static List<Node> nodes(FlowCards cards, FirstAidFlowView.Look look, HBox pictures) {
        List<Node> nodes = new ArrayList<>();
        if (!pictures.getChildren().isEmpty()) {
            nodes.add(pictures);
        }
        List<Item> steps = cards.stretchSteps();
        for (int i = 0; i < steps.size(); i++) {
            Item step = steps.get(i);
            Label number = new Label(String.valueOf(i + 1));
            number.getStyleClass().add("flow-step-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label((step.hasTitle() ? step.title() + ". " : "") + step.text());
            text.getStyleClass().add(step.rule() == null ? "flow-step-text" : "flow-step-rule");
            text.setWrapText(true);
            HBox row = new HBox(number, text);
            row.getStyleClass().add("flow-step-row");
            nodes.add(row);
        }
        if (look.hold() != null) {
            look.hold().player().ready(look.hold().seconds());
            nodes.add(look.hold().node());
        }
        return nodes;
    }
}
