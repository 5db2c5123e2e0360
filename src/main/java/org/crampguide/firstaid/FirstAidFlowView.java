package org.crampguide.firstaid;

import org.crampguide.theme.Draws;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.crampguide.firstaid.FirstAidFlow.Step;
import org.crampguide.firstaid.FlowCards.Card;
import org.crampguide.content.Language;
import org.crampguide.hold.HoldPlayer;
import org.crampguide.stretch.StretchArt;
import org.crampguide.theme.Fxml;
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
@Draws
public final class FirstAidFlowView {
    /** How long the hold's end shows before "Has it eased?" comes up. */
    private static final Duration AFTER_THE_HOLD = Duration.seconds(2);

    /**
     * How the flow looks where it is shown: the pictures of the stretch, their size, the hold
     * player (null: no timer for this muscle), whether in the kiosk's big type, and the guide's
     * voice with the language it speaks here.
     */
    public record Look(List<StretchArt> pictures, double pictureWidth, double pictureHeight, Hold hold, boolean big,
            FlowVoice voice, Language language) {
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
    /** The stretch's pictures, or null before the stretch was first shown; an empty box where it has none. */
    private HBox pictures;
    /** The hold's end brings up "Has it eased?" (held weakly by a kiosk's one hold player, strongly here). */
    private final javafx.beans.value.ChangeListener<HoldPlayer.State> holdEnded = (obs, old, state) -> holdChanged(state);
    private final javafx.beans.value.ChangeListener<Boolean> halfway = (obs, was, past) -> {
        if (past) {
            cue(FlowVoice.HoldMoment.HALFWAY);
        }
    };
    private final javafx.beans.value.ChangeListener<Number> secondsLeft = (obs, was, left) -> secondsChanged(left);

    @FXML private VBox flowBox;
    @FXML private VBox stepBox;
    @FXML private Button backButton;
    @FXML private HBox voiceBox;
    @FXML private Button speakButton;
    @FXML private ToggleButton readAlongButton;

    private FirstAidFlowView(FirstAidFlow flow, FlowCards cards, Look look, ResourceBundle words) {
        this.flow = flow;
        this.cards = cards;
        this.look = look;
        this.words = words;
    }

    /** The flow's view from {@code FirstAidFlowView.fxml}; {@code flow} must already be started for the muscle of {@code cards}. */
    public static FirstAidFlowView load(FirstAidFlow flow, FlowCards cards, Look look, ResourceBundle words) {
        FirstAidFlowView view = new FirstAidFlowView(flow, cards, look, words);
        Fxml.load(FirstAidFlowView.class, "FirstAidFlowView.fxml", words, view);
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
        flowBox.getStyleClass().add(look.big() ? "flow-big" : "flow-page");
        ticking.getKeyFrames().add(new KeyFrame(Duration.seconds(1), e -> flow.tick()));
        ticking.setCycleCount(Timeline.INDEFINITE);
        backButton.setOnAction(e -> flow.back());
        flow.stepProperty().addListener((obs, old, step) -> {
            draw(step);
            if (onScreen()) {
                look.voice().shown(step, cards, look.language());
            }
        });
        offerTheVoice();
        flow.episodeOpenProperty().addListener((obs, was, open) -> {
            if (open) {
                ticking.play();
            } else {
                ticking.stop();
            }
        });
        if (look.hold() != null) {
            afterTheHold.setOnFinished(e -> flow.stretched());
            HoldPlayer player = look.hold().player();
            player.stateProperty().addListener(new javafx.beans.value.WeakChangeListener<>(holdEnded));
            player.pastHalfwayProperty().addListener(new javafx.beans.value.WeakChangeListener<>(halfway));
            player.secondsLeftProperty().addListener(new javafx.beans.value.WeakChangeListener<>(secondsLeft));
        }
        draw(flow.step());
    }

    private void holdChanged(HoldPlayer.State state) {
        if (state == HoldPlayer.State.GET_READY) {
            cue(FlowVoice.HoldMoment.GET_READY);
        }
        if (state == HoldPlayer.State.DONE && flow.step() == Step.STRETCH) {
            cue(FlowVoice.HoldMoment.END);
            afterTheHold.playFromStart();
        }
    }

    private void secondsChanged(Number left) {
        HoldPlayer player = look.hold().player();
        if (left.intValue() == FlowVoice.SECONDS_BEFORE_THE_END && player.secondsProperty().get() > 2 * FlowVoice.SECONDS_BEFORE_THE_END
                && player.stateProperty().get() == HoldPlayer.State.HOLDING) {
            cue(FlowVoice.HoldMoment.TEN_LEFT);
        }
    }

    /** The speaker button (reads this step) and its toggle (reads every step as it comes), where speech is on. */
    private void offerTheVoice() {
        FlowVoice voice = look.voice();
        boolean offered = voice.buttons();
        voiceBox.setVisible(offered);
        voiceBox.setManaged(offered);
        if (!offered) {
            return;
        }
        speakButton.setGraphic(new FontIcon(Material2MZ.VOLUME_UP));
        speakButton.setOnAction(e -> voice.read(flow.step(), cards, look.language()));
        readAlongButton.selectedProperty().bindBidirectional(voice.readAlongProperty());
        Tooltip why = new Tooltip(words.getString("flow.speak"));
        why.setOnShowing(e -> why.setText(voice.unavailable() == null ? words.getString("flow.speak")
                : MessageFormat.format(words.getString("flow.speak.unavailable"), voice.unavailable())));
        speakButton.setTooltip(why);
    }

    /** The step on screen is read if the person reads along (the page or the kiosk screen just came up). */
    public void announce() {
        look.voice().shown(flow.step(), cards, look.language());
    }

    /** A hold's moment, said while this flow is on screen at its stretch. */
    private void cue(FlowVoice.HoldMoment moment) {
        if (onScreen() && flow.step() == Step.STRETCH) {
            look.voice().cue(look.hold().player(), moment, words, look.language());
        }
    }

    /** Whether the flow is on screen: in a window, it and all it sits in visible. */
    private boolean onScreen() {
        if (flowBox.getScene() == null) {
            return false;
        }
        for (Node n = flowBox; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
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
        if (step == Step.CALL && card.call() != null) { // who to tell comes before what to do while waiting
            stepBox.getChildren().add(label(card.call(), "flow-call-line", new FontIcon(Material2MZ.PHONE)));
        }
        boolean signs = step == Step.CALL_NOW || step == Step.DONT_STRETCH;
        for (String line : card.lines()) {
            stepBox.getChildren().add(label(line, signs ? "flow-sign" : "flow-line", signs ? new FontIcon(
                    step == Step.CALL_NOW ? Material2AL.ERROR : Material2MZ.REPORT_PROBLEM) : null));
        }
        if (step == Step.STRETCH) {
            drawStretch();
        }
        if (card.call() != null && step != Step.CALL) {
            stepBox.getChildren().add(label(card.call(), "flow-call-line", new FontIcon(Material2MZ.PHONE)));
        }
        stepBox.getChildren().add(answers(step, card));
        backButton.setVisible(flow.canGoBack());
        backButton.setManaged(flow.canGoBack());
    }

    /** The pictures (made once and kept), the numbered steps, then the hold timer: nothing to read before the first step. */
    private void drawStretch() {
        if (pictures == null) {
            pictures = StretchStep.pictures(cards.muscle(), look);
        }
        stepBox.getChildren().addAll(StretchStep.nodes(cards, look, pictures));
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
