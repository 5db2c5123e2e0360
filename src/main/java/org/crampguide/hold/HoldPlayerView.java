package org.crampguide.hold;

import org.crampguide.theme.Draws;

import java.util.ResourceBundle;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.AccessibleRole;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Arc;
import javafx.util.Duration;
import org.crampguide.content.Plural;
import org.crampguide.hold.HoldPlayer.State;
import org.crampguide.theme.Fxml;
import org.crampguide.theme.Resources;

/**
 * Shows a {@link HoldPlayer}: a ring that fills over the hold, the seconds left (or 3, 2, 1) big in
 * its middle, a line that says what to do now, and Start, or Again and Other side. Every cue
 * flashes the player (the {@code :cue} pseudo-class) whether or not a tone sounds. The view only
 * binds and forwards the buttons; the player holds the state.
 */
@Draws
public final class HoldPlayerView {
    private static final String STYLESHEET = Resources.stylesheet(HoldPlayerView.class, "HoldPlayerView.css");
    private static final PseudoClass CUE = PseudoClass.getPseudoClass("cue");
    private static final PseudoClass GET_READY = PseudoClass.getPseudoClass("get-ready");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    /** How long a cue's flash lasts. */
    static final Duration FLASH = Duration.millis(800);
    /** The ring's stroke as a share of the ring box's side. */
    private static final double STROKE_SHARE = 0.09;

    private final HoldPlayer hold;
    private final ResourceBundle words;
    private final PauseTransition flash = new PauseTransition(FLASH);

    @FXML private VBox player;
    @FXML private Label sideLabel;
    @FXML private StackPane ringBox;
    @FXML private Arc track;
    @FXML private Arc ring;
    @FXML private Label secondsLabel;
    @FXML private Label unitLabel;
    @FXML private Label statusLabel;
    @FXML private Label hintLabel;
    @FXML private Button startButton;
    @FXML private Button againButton;
    @FXML private Button otherSideButton;

    /** For an FXML loader's controller factory; {@link #load} does the loading for an owner. */
    public HoldPlayerView(HoldPlayer hold, ResourceBundle words) {
        this.hold = hold;
        this.words = words;
    }

    /** Builds the player's nodes (from {@code HoldPlayerView.fxml}) for {@code hold}, in the words of {@code words}. */
    public static HoldPlayerView load(HoldPlayer hold, ResourceBundle words) {
        HoldPlayerView view = new HoldPlayerView(hold, words);
        Fxml.load(HoldPlayerView.class, "HoldPlayerView.fxml", words, view);
        return view;
    }

    /** The player's stylesheet, for the scene that shows players (see {@link org.crampguide.theme.Theme}). */
    public static String stylesheet() {
        return STYLESHEET;
    }

    /** The player's root node ({@code #hold-player}), to place on a screen. */
    public Parent node() {
        return player;
    }

    /**
     * Ticks the player on every frame while the count or the hold runs, for an owner without a
     * clock of its own (the desktop). The kiosk ticks the player from its own clock instead.
     */
    public void tickEveryFrame() {
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                hold.tick();
            }
        };
        hold.runningProperty().addListener((obs, was, running) -> {
            if (running) {
                frames.start();
            } else {
                frames.stop();
            }
        });
        if (hold.runningProperty().get()) {
            frames.start();
        }
    }

    @FXML
    private void initialize() {
        startButton.setOnAction(e -> hold.start());
        againButton.setOnAction(e -> hold.again());
        otherSideButton.setOnAction(e -> hold.otherSide());
        drawRing();
        ring.setAccessibleRole(AccessibleRole.TEXT);
        flash.setOnFinished(e -> player.pseudoClassStateChanged(CUE, false));
        hold.addCues(new HoldCues() {
            @Override
            public void halfway() {
                flash();
            }

            @Override
            public void end() {
                flash();
            }
        });
        Observable[] shown = {hold.stateProperty(), hold.sideProperty(), hold.secondsProperty(), hold.countProperty(),
                hold.secondsLeftProperty(), hold.pastHalfwayProperty()};
        for (Observable each : shown) {
            each.addListener(obs -> show());
        }
        show();
    }

    /** The ring centred in its box, as large as the box allows, filling clockwise from the top. */
    private void drawRing() {
        DoubleBinding side = Bindings.createDoubleBinding(
                () -> Math.min(ringBox.getWidth(), ringBox.getHeight()), ringBox.widthProperty(), ringBox.heightProperty());
        DoubleBinding stroke = side.multiply(STROKE_SHARE);
        DoubleBinding radius = side.subtract(stroke).divide(2);
        for (Arc arc : new Arc[] {track, ring}) {
            arc.centerXProperty().bind(ringBox.widthProperty().divide(2));
            arc.centerYProperty().bind(ringBox.heightProperty().divide(2));
            arc.radiusXProperty().bind(radius);
            arc.radiusYProperty().bind(radius);
            arc.strokeWidthProperty().bind(stroke);
        }
        ring.lengthProperty().bind(hold.progressProperty().multiply(-360));
    }

    private void flash() {
        player.pseudoClassStateChanged(CUE, true);
        flash.playFromStart();
    }

    /** Every word, number and button for where the hold is now. */
    private void show() {
        State state = hold.stateProperty().get();
        int seconds = hold.secondsProperty().get();
        boolean counting = state == State.GET_READY;
        int big = counting ? hold.countProperty().get() : hold.secondsLeftProperty().get();
        secondsLabel.setText(Integer.toString(big));
        unitLabel.setText(Plural.format(words, "hold.unit", big));
        unitLabel.setVisible(!counting);
        ring.setAccessibleText(counting ? Plural.format(words, "hold.ring.count", big)
                : Plural.format(words, "hold.ring.left", big));
        statusLabel.setText(status(state));
        hintLabel.setText(Plural.format(words, "hold.hint", seconds));
        sideLabel.setVisible(hold.sideProperty().get() == HoldPlayer.Side.OTHER);
        player.pseudoClassStateChanged(GET_READY, counting);
        player.pseudoClassStateChanged(DONE, state == State.DONE);
        showButtons(state, seconds);
    }

    /** What to do now, in a few words; the hint under it always says how long. */
    private String status(State state) {
        return words.getString(switch (state) {
            case READY -> "hold.status.ready";
            case GET_READY -> "hold.status.getReady";
            case HOLDING -> hold.pastHalfwayProperty().get() ? "hold.status.halfway" : "hold.status.holding";
            case DONE -> "hold.status.done";
        });
    }

    /** Start before a hold; Again and Other side once one has begun. */
    private void showButtons(State state, int seconds) {
        boolean ready = state == State.READY;
        shown(startButton, ready);
        shown(againButton, !ready);
        shown(otherSideButton, !ready);
        startButton.setAccessibleText(Plural.format(words, "hold.start.accessible", seconds));
        againButton.setAccessibleText(Plural.format(words, "hold.again.accessible", seconds));
        otherSideButton.setAccessibleText(Plural.format(words, "hold.otherSide.accessible", seconds));
    }

    private static void shown(Button button, boolean shown) {
        button.setVisible(shown);
        button.setManaged(shown);
    }
}
