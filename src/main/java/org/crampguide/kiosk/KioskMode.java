package org.crampguide.kiosk;

import org.crampguide.threads.DaemonThreads;

import org.crampguide.theme.Draws;

import org.crampguide.kiosk.settings.KioskConfig;
import org.crampguide.kiosk.staff.PinGuard;
import org.crampguide.kiosk.staff.PinLockFile;
import org.crampguide.kiosk.staff.PinPad;
import org.crampguide.kiosk.staff.StaffActions;
import org.crampguide.kiosk.staff.StaffGesture;

import java.util.ResourceBundle;
import java.util.concurrent.Executors;
import org.crampguide.hold.HoldPlayer;
import org.crampguide.hold.ToneCues;
import java.util.function.LongSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
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
    private final KioskView view;
    private final KioskViewModel model;
    private final AttractView attract;
    private final Parent layers;
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
        ObjectBinding<ResourceBundle> words = Bindings.createObjectBinding(guide::messages, guide.languageProperty());
        this.view = new KioskView(model, guide, words);
        this.attract = new AttractView(model, guide);
        this.layers = KioskScreens.load(guide.messages(), view, attract,
                new StillThereView(model, words), new StretchNowView(model, guide, words),
                new PinPadView(model, words), new StaffMenuView(model, guide, staff));
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
        guide.layers().getChildren().add(layers);
        guide.layers().getStyleClass().add("kiosk");
        guide.readFromAStepBack();
        Scene scene = stage.getScene();
        scene.getStylesheets().addAll(KioskView.stylesheets());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            idle.activity();
            view.touched(e.getTarget());
            if (gesture.tap(e.getSceneX(), e.getSceneY(), millis.getAsLong())) {
                model.show(KioskViewModel.Overlay.PIN_PAD);
            }
        });
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> idle.activity());
        scene.addEventFilter(ScrollEvent.ANY, e -> idle.activity());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            idle.activity();
            if (e.getCode() == KeyCode.ESCAPE) {
                view.closePopUps(); // and on to the search field, which clears; full screen has no exit key
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
        view.backToAttract();
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
            view.backToAttract();
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
        return attract.animating();
    }

    KioskViewModel model() {
        return model;
    }
}
