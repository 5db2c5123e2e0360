package org.crampguide.firstaid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.ResourceBundle;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.crampguide.content.Item;
import org.crampguide.firstaid.FirstAidFlow.Step;
import org.crampguide.firstaid.FlowCards.Card;
import org.crampguide.hold.HoldPlayer;
import org.crampguide.stretch.StretchArt;
import org.crampguide.stretch.StretchPicture;
import org.crampguide.theme.Resources;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Draws the first-aid flow, one step at a time, for the desktop page and the kiosk alike (the
 * kiosk's in big type): the step's card from {@link FlowCards}, its two big answers, and on the
 * stretch step the pictures, the numbered steps and the hold player. It only binds and forwards:
 * where the flow is lives in {@link FirstAidFlow}. While an episode is open it ticks the flow
 * every second, so that ten minutes without easing bring up "get help now" by themselves.
 */
public final class FirstAidFlowView {
    /** How long the hold's end shows before "Has it eased?" comes up. */
    private static final Duration AFTER_THE_HOLD = Duration.seconds(1);

    /**
     * How the flow looks where it is shown: the pictures of the stretch, their size, the hold
     * player (null: no timer for this muscle), and whether in the kiosk's big type.
     */
    public record Look(List<StretchArt> pictures, double pictureWidth, double pictureHeight, Hold hold, boolean big) {
    }

    /** A hold player, its node to place under the stretch's steps, and the hold's length. */
    public record Hold(HoldPlayer player, Node node, int seconds) {
    }

    private final FirstAidFlow flow;
    private final FlowCards cards;
    private final Look look;
    private final ResourceBundle words;
    private final Timeline ticking = new Timeline();
    private final PauseTransition afterTheHold = new PauseTransition(AFTER_THE_HOLD);
    private FlowPane pictures;
    /** The hold's end brings up "Has it eased?" (held weakly by a kiosk's one hold player, strongly here). */
    private final javafx.beans.value.ChangeListener<HoldPlayer.State> holdEnded = (obs, old, state) -> holdChanged(state);

    @FXML private VBox flowBox;
    @FXML private VBox stepBox;
    @FXML private Button backButton;

    private FirstAidFlowView(FirstAidFlow flow, FlowCards cards, Look look, ResourceBundle words) {
        this.flow = flow;
        this.cards = cards;
        this.look = look;
        this.words = words;
    }

    /** The flow's view from {@code FirstAidFlowView.fxml}; {@code flow} must already be started for the muscle of {@code cards}. */
    public static FirstAidFlowView load(FirstAidFlow flow, FlowCards cards, Look look, ResourceBundle words) {
        FirstAidFlowView view = new FirstAidFlowView(flow, cards, look, words);
        FXMLLoader loader = new FXMLLoader(Resources.url(FirstAidFlowView.class, "FirstAidFlowView.fxml"), words);
        loader.setControllerFactory(type -> view);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the first-aid flow", e);
        }
        return view;
    }

    /** The flow's stylesheet, for the scene that shows it. */
    public static String stylesheet() {
        return Resources.stylesheet(FirstAidFlowView.class, "FirstAidFlowView.css");
    }

    public VBox node() {
        return flowBox;
    }

    @FXML
    private void initialize() {
        if (look.big()) {
            flowBox.getStyleClass().add("flow-big");
        }
        ticking.getKeyFrames().add(new KeyFrame(Duration.seconds(1), e -> flow.tick()));
        ticking.setCycleCount(Timeline.INDEFINITE);
        backButton.setOnAction(e -> flow.back());
        flow.stepProperty().addListener((obs, old, step) -> draw(step));
        flow.episodeOpenProperty().addListener((obs, was, open) -> {
            if (open) {
                ticking.play();
            } else {
                ticking.stop();
            }
        });
        if (look.hold() != null) {
            afterTheHold.setOnFinished(e -> flow.stretched());
            look.hold().player().stateProperty().addListener(new javafx.beans.value.WeakChangeListener<>(holdEnded));
        }
        draw(flow.step());
    }

    private void holdChanged(HoldPlayer.State state) {
        if (state == HoldPlayer.State.DONE && flow.step() == Step.STRETCH) {
            afterTheHold.playFromStart();
        }
    }

    private void draw(Step step) {
        afterTheHold.stop();
        Card card = cards.card(step);
        stepBox.setId(step.id());
        stepBox.getStyleClass().setAll("flow-step", step.id());
        stepBox.getChildren().clear();
        if (card.lead() != null) {
            stepBox.getChildren().add(label(card.lead(), "flow-lead", new FontIcon(Material2MZ.WARNING)));
        }
        stepBox.getChildren().add(label(card.heading(), "flow-question", null));
        boolean signs = step == Step.CALL_NOW || step == Step.DONT_STRETCH;
        for (String line : card.lines()) {
            stepBox.getChildren().add(label(line, signs ? "flow-sign" : "flow-line", signs ? new FontIcon(
                    step == Step.CALL_NOW ? Material2AL.ERROR : Material2MZ.REPORT_PROBLEM) : null));
        }
        if (step == Step.STRETCH) {
            drawStretch();
        }
        if (card.call() != null) {
            stepBox.getChildren().add(label(card.call(), "flow-call-line", new FontIcon(Material2MZ.PHONE)));
        }
        stepBox.getChildren().add(answers(step, card));
        backButton.setVisible(flow.canGoBack());
        backButton.setManaged(flow.canGoBack());
    }

    private void drawStretch() {
        if (!cards.muscle().hasWarning() && !look.pictures().isEmpty()) { // the chest, the belly: no picture invites a stretch
            stepBox.getChildren().add(pictures());
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
            stepBox.getChildren().add(row);
        }
        if (look.hold() != null) {
            look.hold().player().ready(look.hold().seconds());
            stepBox.getChildren().add(look.hold().node());
        }
    }

    /** The positions in pictures, made once and kept. */
    private FlowPane pictures() {
        if (pictures == null) {
            pictures = new FlowPane();
            pictures.getStyleClass().add("flow-pictures");
            pictures.setId("flow-pictures");
            for (StretchArt art : look.pictures()) {
                StretchPicture picture = new StretchPicture(art);
                picture.setPrefSize(look.pictureWidth(), look.pictureHeight());
                picture.setMaxSize(look.pictureWidth(), look.pictureHeight());
                pictures.getChildren().add(picture);
            }
        }
        return pictures;
    }

    /** The step's two big answers (or its one), with the ids tests and monitoring look for. */
    private FlowPane answers(Step step, Card card) {
        FlowPane row = new FlowPane();
        row.getStyleClass().add("flow-answers");
        switch (step) {
            case CALL_NOW, DONT_STRETCH -> row.getChildren().addAll(
                    button("flow-yes", card.yes(), "flow-answer-yes", flow::yes),
                    button("flow-no", card.no(), "flow-answer-no", flow::no));
            case EASED -> row.getChildren().addAll(
                    button("flow-eased-yes", card.yes(), "flow-answer-no", flow::yes),
                    button("flow-eased-no", card.no(), "flow-answer-yes", flow::no));
            case STRETCH -> row.getChildren().add(button("flow-stretched", card.yes(), "flow-answer-next", flow::stretched));
            default -> row.getChildren().add(button("flow-again", card.yes(), "flow-answer-next", this::again));
        }
        return row;
    }

    private void again() {
        flow.start(cards.muscle());
    }

    private static Button button(String id, String text, String style, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().addAll("flow-answer", style);
        button.setWrapText(true);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Label label(String text, String style, Node icon) {
        Label label = new Label(text, icon);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        return label;
    }
}
