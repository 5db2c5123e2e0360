package org.crampguide.kiosk;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import org.crampguide.stretch.StretchArt;
import org.crampguide.stretch.StretchPicture;
import org.crampguide.hold.HoldPlayer;
import org.crampguide.hold.HoldPlayerView;
import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.crampguide.bodymap.BodyMapView;
import org.crampguide.bodymap.BodyView;
import org.crampguide.content.Guide;
import org.crampguide.content.Item;
import org.crampguide.content.Muscle;
import org.crampguide.content.Plural;
import org.crampguide.content.Urgency;

/**
 * The kiosk's layers above the guide: the attract screen, the "Still there?" prompt, the
 * "Cramping right now?" stretch screen with its hold timer, the staff PIN pad and staff menu.
 * {@link KioskMode} decides when each shows; this class draws them and reports what people do.
 */
public final class KioskView {
    private static final PseudoClass CHECKING = PseudoClass.getPseudoClass("checking");
    private final KioskGuide guide;
    private final int holdSeconds;
    private final PinGuard pins;
    private final StaffActions staff;
    private final StringBuilder pin = new StringBuilder();
    private final Timeline attractCycle = new Timeline();
    private final HoldPlayer hold;
    private final Executor pinChecks;
    /** Counts PINs sent for checking, so that an answer for a pad closed since is dropped. */
    private int pinRound;
    private BodyMapView attractMap;
    private Runnable onSessionStart = () -> { };
    private Runnable onStillHere = () -> { };
    private Runnable onHoldStarted = () -> { };
    private Runnable onHoldEnded = () -> { };
    private Runnable onCrampingNow = () -> { };

    @FXML private StackPane attractLayer;
    @FXML private StackPane attractFigure;
    @FXML private Label attractMuscle;
    @FXML private Label attractTap;
    @FXML private Label stretchEyebrow;
    @FXML private Label stillThereTitle;
    @FXML private StackPane stillThereLayer;
    @FXML private Label countdownLabel;
    @FXML private Button stillHereButton;
    @FXML private Button crampingNowButton;
    @FXML private TouchKeyboard keyboard;
    @FXML private StackPane stretchLayer;
    @FXML private Label stretchTitle;
    @FXML private FlowPane stretchChoices;
    @FXML private VBox stretchSteps;
    @FXML private VBox holdBox;
    @FXML private VBox stretchFlags;
    @FXML private Button stretchDone;
    @FXML private StackPane pinLayer;
    @FXML private Label pinDots;
    @FXML private GridPane pinKeys;
    @FXML private Label pinMessage;
    @FXML private Button pinCancel;
    @FXML private StackPane staffLayer;
    @FXML private Button exitButton;
    @FXML private Button reloadButton;
    @FXML private Button diagnosticsButton;
    @FXML private Button backButton;
    @FXML private Label diagnosticsText;
    @FXML private Button usageButton;
    @FXML private Button exportUsageButton;
    @FXML private StackPane usageLayer;

    /**
     * @param hold the stretch hold timer (on the kiosk's clock)
     * @param pinChecks where a typed PIN is checked: never the JavaFX thread, since a check takes up
     *        to a couple of seconds by design
     */
    public KioskView(KioskGuide guide, int holdSeconds, PinGuard pins, StaffActions staff, HoldPlayer hold,
            Executor pinChecks) {
        this.guide = guide;
        this.holdSeconds = holdSeconds;
        this.pins = pins;
        this.staff = staff;
        this.hold = hold;
        this.pinChecks = pinChecks;
    }

    @FXML
    private void initialize() {
        attractLayer.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            e.consume(); // the touch that wakes the kiosk does not also press what lies beneath
            hideAttract();
            onSessionStart.run();
        });
        FadeTransition pulse = new FadeTransition(Duration.seconds(1.2), attractTap);
        pulse.setFromValue(1);
        pulse.setToValue(0.35);
        pulse.setAutoReverse(true);
        pulse.setCycleCount(FadeTransition.INDEFINITE);
        pulse.play();
        stillHereButton.setOnAction(e -> onStillHere.run());
        crampingNowButton.setOnAction(e -> {
            onCrampingNow.run();
            showStretch();
        });
        stretchDone.setOnAction(e -> hideStretch());
        hold.runningProperty().addListener((obs, was, running) -> (running ? onHoldStarted : onHoldEnded).run());
        holdBox.getChildren().setAll(HoldPlayerView.load(hold, messages()).node());
        pinCancel.setOnAction(e -> hidePin());
        buildPinKeys();
        backButton.setOnAction(e -> shown(staffLayer, false));
        exitButton.setOnAction(e -> staff.exit());
        reloadButton.setOnAction(e -> {
            guide.reloadContent();
            shown(staffLayer, false);
        });
        diagnosticsButton.setOnAction(e -> diagnosticsText.setText(staff.diagnostics()));
        usageButton.setOnAction(e -> showUsage());
        exportUsageButton.setOnAction(e -> {
            diagnosticsText.setText(messages().getString("usage.exporting"));
            staff.exportUsage().thenAccept(answer -> Platform.runLater(() -> diagnosticsText.setText(answer)));
        });
        guide.languageProperty().addListener((obs, old, language) -> relabel());
        keyboard.layOut(guide.languageProperty().get(), messages());
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
     * Puts the kiosk's own words in the language on screen (a visitor may have switched; the
     * attract screen keeps the kiosk's language, as a reset returns to it).
     */
    private void relabel() {
        ResourceBundle words = messages();
        crampingNowButton.setText(words.getString("kiosk.crampingNow"));
        stretchEyebrow.setText(words.getString("kiosk.crampingNow"));
        stretchDone.setText(words.getString("kiosk.done"));
        stillThereTitle.setText(words.getString("kiosk.stillThere"));
        stillHereButton.setText(words.getString("kiosk.stillHere"));
        pinCancel.setText(words.getString("kiosk.cancel"));
        keyboard.layOut(guide.languageProperty().get(), words);
    }

    void onSessionStart(Runnable action) {
        onSessionStart = action;
    }

    void onCrampingNow(Runnable action) {
        onCrampingNow = action;
    }

    void onStillHere(Runnable action) {
        onStillHere = action;
    }

    /** What to do while the stretch hold timer runs (the idle reset waits for it). */
    void onHold(Runnable started, Runnable ended) {
        onHoldStarted = started;
        onHoldEnded = ended;
    }

    // ---- touch keyboard ---------------------------------------------------------------------

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

    // ---- attract screen -------------------------------------------------------------------

    /** Shows the invitation, its figure cycling through the muscles one by one. */
    void showAttract() {
        if (attractMap == null) {
            Map<BodyView, String> noCaptions = new EnumMap<>(BodyView.class);
            noCaptions.put(BodyView.FRONT, "");
            noCaptions.put(BodyView.BACK, "");
            attractMap = new BodyMapView(guide.bodyMap(), noCaptions, region -> "");
            attractMap.showBothProperty().set(false);
            attractMap.setMouseTransparent(true);
            attractMap.setFocusTraversable(false);
            attractFigure.getChildren().setAll(attractMap);
        }
        var muscles = guide.content().muscles();
        attractCycle.stop();
        attractCycle.getKeyFrames().clear();
        for (int i = 0; i < muscles.size(); i++) {
            Muscle muscle = muscles.get(i);
            attractCycle.getKeyFrames().add(new KeyFrame(Duration.seconds(1.8 * i), e -> feature(muscle)));
        }
        attractCycle.getKeyFrames().add(new KeyFrame(Duration.seconds(1.8 * muscles.size())));
        attractCycle.setCycleCount(Timeline.INDEFINITE);
        attractCycle.play();
        shown(attractLayer, true);
    }

    private void feature(Muscle muscle) {
        boolean onFront = guide.bodyMap().view(BodyView.FRONT).regions().stream()
                .anyMatch(r -> r.muscleId().equals(muscle.id()));
        attractMap.shownViewProperty().set(onFront ? BodyView.FRONT : BodyView.BACK);
        attractMap.selectedMuscleProperty().set(muscle.id());
        attractMuscle.setText(muscle.name());
    }

    void hideAttract() {
        attractCycle.stop();
        shown(attractLayer, false);
    }

    boolean attractShowing() {
        return attractLayer.isVisible();
    }

    // ---- still there? -----------------------------------------------------------------------

    void showStillThere(int secondsLeft) {
        updateCountdown(secondsLeft);
        shown(stillThereLayer, true);
    }

    void updateCountdown(int secondsLeft) {
        countdownLabel.setText(Plural.format(messages(), "kiosk.countdown", secondsLeft));
    }

    void hideStillThere() {
        shown(stillThereLayer, false);
    }

    // ---- cramping right now? ---------------------------------------------------------------

    /** The stretch for the selected muscle in big type, or first the question which muscle. */
    void showStretch() {
        Optional<Muscle> muscle = guide.selectedMuscle();
        stretchChoices.getChildren().clear();
        stretchSteps.getChildren().clear();
        stopHold();
        if (muscle.isPresent()) {
            showStretchFor(muscle.get());
        } else {
            stretchTitle.setText(messages().getString("kiosk.whichMuscle"));
            for (Muscle choice : guide.content().muscles()) {
                Button button = new Button(choice.name());
                button.setId("stretch-choice-" + choice.id());
                button.getStyleClass().add("kiosk-big-button");
                button.setOnAction(e -> {
                    guide.select(choice.id());
                    showStretch();
                });
                stretchChoices.getChildren().add(button);
            }
            shown(holdBox, false);
        }
        showRedFlags();
        shown(stretchLayer, true);
    }

    private void showStretchFor(Muscle muscle) {
        stretchTitle.setText(muscle.name());
        if (muscle.hasWarning()) {
            Label warning = new Label(muscle.warning().title() + "\n" + muscle.warning().text());
            warning.getStyleClass().add("stretch-warning");
            warning.setWrapText(true);
            stretchSteps.getChildren().add(warning);
        }
        stretchSteps.getChildren().add(KioskCrampCheck.box(muscle.crampOrTear(guide.content().guide())));
        if (!muscle.hasWarning()) { // the chest: call first; no picture invites a stretch
            stretchSteps.getChildren().add(pictures(muscle));
        }
        var steps = muscle.stretch().steps();
        for (int i = 0; i < steps.size(); i++) {
            Item step = steps.get(i);
            Label number = new Label(String.valueOf(i + 1));
            number.getStyleClass().addAll("step-number", "stretch-number");
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label words = new Label((step.hasTitle() ? step.title() + ". " : "") + step.text());
            words.getStyleClass().add("stretch-step");
            words.setWrapText(true);
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(number, words);
            row.getStyleClass().add("stretch-row");
            stretchSteps.getChildren().add(row);
        }
        hold.ready(muscle.stretch().holdSeconds() != null ? muscle.stretch().minimumSeconds() : holdSeconds);
        shown(holdBox, !muscle.hasWarning()); // no timer where a warning comes first (chest pain: call, don't stretch)
    }

    private void showRedFlags() {
        stretchFlags.getChildren().clear();
        Label heading = new Label(messages().getString("kiosk.redFlags"));
        heading.getStyleClass().add("red-flags-heading");
        stretchFlags.getChildren().add(heading);
        for (Guide.RedFlagGroup group : guide.content().guide().seeADoctor().groups()) {
            if (group.urgency() != Urgency.SOON) { // emergencies, then same day (a clot, numbness, a tear)
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

    private void stopHold() {
        hold.stop();
    }

    void hideStretch() {
        stopHold();
        shown(stretchLayer, false);
    }

    boolean stretchShowing() {
        return stretchLayer.isVisible();
    }

    // ---- staff ------------------------------------------------------------------------------

    void showPin() {
        pin.setLength(0);
        pinDots.setText("");
        pinMessage.setText("");
        checking(false);
        shown(pinLayer, true);
    }

    void hidePin() {
        pin.setLength(0);
        pinRound++; // a check still running answers to nobody
        checking(false);
        shown(pinLayer, false);
    }

    /** While a PIN is being checked the keys wait, and the pad says so. */
    private void checking(boolean busy) {
        pinKeys.setDisable(busy);
        pinLayer.pseudoClassStateChanged(CHECKING, busy);
        if (busy) {
            pinMessage.setText(messages().getString("kiosk.pin.checking"));
        }
    }

    private void buildPinKeys() {
        String[] keys = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"};
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            Button button = new Button(key);
            button.setId("pin-key-" + (key.equals("⌫") ? "back" : key.toLowerCase(java.util.Locale.ROOT)));
            button.getStyleClass().add("pin-key");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> pinKey(key));
            pinKeys.add(button, i % 3, i / 3);
        }
    }

    private void pinKey(String key) {
        switch (key) {
            case "⌫" -> {
                if (pin.length() > 0) {
                    pin.setLength(pin.length() - 1);
                }
            }
            case "OK" -> submitPin();
            default -> {
                if (pin.length() < 12) {
                    pin.append(key);
                }
            }
        }
        pinDots.setText("●".repeat(pin.length()));
    }

    /** Sends the typed PIN off to be checked; the answer comes back to the JavaFX thread. */
    private void submitPin() {
        char[] typed = new char[pin.length()];
        pin.getChars(0, pin.length(), typed, 0);
        pin.setLength(0);
        pinDots.setText("");
        int round = ++pinRound;
        checking(true);
        pinChecks.execute(() -> {
            PinGuard.Attempt attempt = pins.tryPin(typed);
            Arrays.fill(typed, '\0');
            Platform.runLater(() -> {
                if (round == pinRound) {
                    checking(false);
                    answer(attempt);
                }
            });
        });
    }

    private void answer(PinGuard.Attempt attempt) {
        if (attempt instanceof PinGuard.Attempt.Accepted) {
            hidePin();
            diagnosticsText.setText("");
            shown(staffLayer, true);
        } else if (attempt instanceof PinGuard.Attempt.Locked locked) {
            pinMessage.setText(Plural.format(messages(), "kiosk.pin.locked", locked.secondsLeft()));
        } else if (attempt instanceof PinGuard.Attempt.Rejected rejected) {
            pinMessage.setText(Plural.format(messages(), "kiosk.pin.wrong", rejected.remainingBeforeLockout()));
        }
    }

    /** The Usage screen above the staff menu (or a line saying usage is not recorded). */
    private void showUsage() {
        Node screen = staff.usageScreen(this::hideUsage);
        if (screen == null) {
            diagnosticsText.setText(messages().getString("usage.off"));
            return;
        }
        usageLayer.getChildren().setAll(screen);
        shown(usageLayer, true);
    }

    private void hideUsage() {
        usageLayer.getChildren().clear();
        shown(usageLayer, false);
    }

    /** Escape: the touch keyboard and the staff screens close (the stretch screen has its own Done). */
    void closePopUps() {
        keyboard.close();
        hidePin();
        hideUsage();
        shown(staffLayer, false);
    }

    /** Closes every kiosk layer but the attract screen (for an idle reset). */
    void closeAll() {
        keyboard.close();
        hideStretch();
        hideStillThere();
        hidePin();
        hideUsage();
        shown(staffLayer, false);
    }

    private ResourceBundle messages() {
        return guide.messages();
    }

    private static void shown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
