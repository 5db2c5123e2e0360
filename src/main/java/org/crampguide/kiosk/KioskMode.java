package org.crampguide.kiosk;

import org.crampguide.threads.DaemonThreads;

import org.crampguide.theme.Draws;

import org.crampguide.kiosk.settings.KioskConfig;
import org.crampguide.kiosk.staff.PinGuard;
import org.crampguide.kiosk.staff.PinLockFile;
import org.crampguide.kiosk.staff.PinPad;
import org.crampguide.kiosk.staff.StaffActions;
import org.crampguide.kiosk.staff.StaffGesture;

import org.crampguide.content.Language;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Executors;
import org.crampguide.hold.HoldPlayer;
import org.crampguide.hold.ToneCues;
import java.util.function.LongSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.crampguide.usage.UsageRecorder;

/**
 * Runs the guide as a gym kiosk: full screen with no way out for visitors, an attract screen,
 * a reset to it after inactivity (with a "Still there?" warning), the "Cramping right now?"
 * screen, and a hidden staff gesture leading to a PIN pad.
 */
@Draws
public final class KioskMode {
    private static final Duration TICK = Duration.millis(250);

    private final Stage stage;
    private final ShownGuide guide;
    private final LongSupplier millis;
    private final KioskViewModel model;
    private final StaffActions staff;
    /** The kiosk's layers in each language shown so far, built in that language when it is first shown. */
    private final Map<Language, Layers> built = new EnumMap<>(Language.class);
    /** The layers in the language on screen, the only ones in the scene. */
    private Layers shown;
    private final IdleMonitor idle;
    private final HoldPlayer hold;
    private final StaffGesture gesture = new StaffGesture();
    private final KioskUsage usage;
    private final Timeline ticker = new Timeline(new KeyFrame(TICK, e -> tick()));
    private boolean leaving;

    public KioskMode(Stage stage, ShownGuide guide, KioskConfig config, LongSupplier millis, StaffActions staff) {
        this(stage, guide, config, millis, staff, UsageRecorder.OFF);
    }

    /** @param usage where the kiosk counts what visitors do (anonymously, per hour) */
    public KioskMode(Stage stage, ShownGuide guide, KioskConfig config, LongSupplier millis, StaffActions staff,
            UsageRecorder usage) {
        this.stage = stage;
        this.usage = new KioskUsage(usage, guide);
        this.guide = guide;
        this.millis = millis;
        this.hold = new HoldPlayer(millis, new ToneCues(config.holdTones(), config.speech().loudness()));
        PinPad pinPad = new PinPad(new PinGuard(config.staffPin(), config.pinAttempts(), millis,
                new PinLockFile(config.stateFolder()), java.time.Clock.systemUTC()),
                Executors.newSingleThreadExecutor(DaemonThreads.named("staff-pin-check")), Platform::runLater, guide::messages);
        this.model = new KioskViewModel(hold, pinPad, config.holdSeconds(), guide::messages, guide.episodes()::newFlow);
        this.staff = staff;
        this.shown = layersIn(guide.languageProperty().get());
        this.idle = new IdleMonitor(config.idleSeconds(), config.countdownSeconds(), millis, idleListener(),
                guide.episodes()::anyOpen);
        model.reportTo(visitor());
        hold.stateProperty().addListener((obs, was, now) -> {
            if (now == HoldPlayer.State.HOLDING) {
                this.usage.holdStarted();
            } else if (now == HoldPlayer.State.DONE) {
                this.usage.holdCompleted();
            }
        });
        hold.runningProperty().addListener((obs, was, running) -> { // the idle reset waits for a hold
            if (running) {
                idle.pause();
            } else {
                idle.resume();
            }
        });
    }

    /**
     * One language's kiosk layers, with the views the kiosk talks to. Their words are that language's,
     * given once as they are built ({@code %key} in the FXML), as the guide's screens are; their state
     * is the model's, which every language's layers show.
     */
    private record Layers(Parent root, KioskView view, AttractView attract) {
    }

    /** The layers in {@code language} (the one on screen now, whose words the guide gives), built once. */
    private Layers layersIn(Language language) {
        return built.computeIfAbsent(language, shownNow -> {
            ResourceBundle words = guide.messages();
            KioskView view = new KioskView(model, guide, words);
            AttractView attract = new AttractView(model, guide);
            Parent root = KioskScreens.load(words, view, attract, new StillThereView(model, words),
                    new StretchNowView(model, guide, words), new PinPadView(model), new StaffMenuView(model, guide, staff));
            return new Layers(root, view, attract);
        });
    }

    /** The guide now shows {@code language}: its kiosk layers take the place of the last language's. */
    private void showLayersIn(Language language) {
        Layers next = layersIn(language);
        if (next != shown) {
            shown.view().closeKeyboard();
            guide.layers().getChildren().set(guide.layers().getChildren().indexOf(shown.root()), next.root());
            shown = next;
        }
    }

    /** The idle reset's words to the screen: the warning, its countdown, the reset, and a visitor back. */
    private IdleMonitor.Listener idleListener() {
        return new IdleMonitor.Listener() {
            @Override
            public void onWarning(int secondsLeft) {
                model.warn(secondsLeft);
            }

            @Override
            public void onCountdown(int secondsLeft) {
                model.warn(secondsLeft);
            }

            @Override
            public void onReset() {
                KioskMode.this.usage.idleReset();
                backToStart();
            }

            @Override
            public void onActive() {
                model.hide(KioskViewModel.Overlay.STILL_THERE);
            }
        };
    }

    /** What visitors do on the kiosk's own screens: the idle reset and the usage counts hear of it. */
    private KioskViewModel.Visitor visitor() {
        return new KioskViewModel.Visitor() {
            @Override
            public void sessionStarted() {
                idle.resume();
                KioskMode.this.usage.sessionStarted();
            }

            @Override
            public void crampingNow() {
                KioskMode.this.usage.crampingNow();
            }

            @Override
            public void stillHere() {
                idle.keepGoing();
            }
        };
    }

    /** Turns the stage (with the guide's scene already set) into the kiosk; call before showing it. */
    public void install(boolean hideCursor) {
        guide.layers().getChildren().add(shown.root());
        guide.languageProperty().addListener((obs, was, now) -> showLayersIn(now));
        guide.layers().getStyleClass().add("kiosk");
        guide.readFromAStepBack();
        Scene scene = stage.getScene();
        scene.getStylesheets().addAll(KioskView.stylesheets());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            idle.activity();
            shown.view().touched(e.getTarget());
            if (gesture.tap(e.getSceneX(), e.getSceneY(), millis.getAsLong())) {
                model.show(KioskViewModel.Overlay.PIN_PAD);
            }
        });
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> idle.activity());
        scene.addEventFilter(ScrollEvent.ANY, e -> idle.activity());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            idle.activity();
            if (e.getCode() == KeyCode.ESCAPE) {
                shown.view().closePopUps(); // and on to the search field, which clears; full screen has no exit key
            } else if (e.getCode() == KeyCode.F11
                    || e.getCode() == KeyCode.F4 && e.isAltDown() || e.getCode() == KeyCode.W && e.isShortcutDown()
                    || e.getCode() == KeyCode.Q && e.isShortcutDown()) {
                e.consume();
            }
        });
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        if (stage.isShowing()) {
            stage.setFullScreen(true);
        } else {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> stage.setFullScreen(true)));
        }
        stage.fullScreenProperty().addListener((obs, was, now) -> {
            if (!now && !leaving) {
                Platform.runLater(() -> stage.setFullScreen(true));
            }
        });
        stage.setOnCloseRequest(e -> {
            if (!leaving) {
                e.consume();
            }
        });
        if (hideCursor) {
            scene.setCursor(Cursor.NONE);
            guide.layers().getStyleClass().add("hide-cursor");
        }
        idle.pause();
        shown.view().backToAttract();
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    /** The kiosk's clock moved on: the idle reset and the hold timer catch up with it. */
    void tick() {
        idle.tick();
        hold.tick();
    }

    /** Back to the attract screen with everything reset: after inactivity, or after an error. */
    public void backToStart() {
        usage.resetting(() -> {
            guide.resetToStart(); // first: the attract screen names the muscles in the kiosk's language
            shown.view().backToAttract();
            idle.pause();
        });
    }

    /** Staff chose Exit: the only way out. */
    public void leave() {
        leaving = true;
        ticker.stop();
        stage.setFullScreen(false);
        stage.close();
    }

    /** For tests and diagnostics: whether the attract screen is up. */
    public boolean attractShowing() {
        return model.isShowing(KioskViewModel.Overlay.ATTRACT);
    }

    IdleMonitor idle() {
        return idle;
    }

    /** For tests: whether the attract screen's figure is cycling through the muscles. */
    boolean attractAnimating() {
        return shown.attract().animating();
    }

    /** For tests: whether the attract screen of a language not on screen animates (none should). */
    boolean hiddenAttractAnimating() {
        return built.values().stream().filter(layers -> layers != shown).anyMatch(layers -> layers.attract().animating());
    }

    KioskViewModel model() {
        return model;
    }
}
