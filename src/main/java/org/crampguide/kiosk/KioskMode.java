package org.crampguide.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Executors;
import org.crampguide.hold.HoldPlayer;
import org.crampguide.hold.ToneCues;
import java.util.function.LongSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
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
import org.crampguide.theme.Resources;
import org.crampguide.usage.UsageRecorder;

/**
 * Runs the guide as a gym kiosk: full screen with no way out for visitors, an attract screen,
 * a reset to it after inactivity (with a "Still there?" warning), the "Cramping right now?"
 * screen, and a hidden staff gesture leading to a PIN pad.
 */
public final class KioskMode {
    private static final Duration TICK = Duration.millis(250);

    private final Stage stage;
    private final KioskGuide guide;
    private final LongSupplier millis;
    private final KioskView view;
    private final Parent layers;
    private final IdleMonitor idle;
    private final HoldPlayer hold;
    private final StaffGesture gesture = new StaffGesture();
    private final KioskUsage usage;
    private final Timeline ticker = new Timeline(new KeyFrame(TICK, e -> tick()));
    private boolean leaving;

    public KioskMode(Stage stage, KioskGuide guide, KioskConfig config, LongSupplier millis, StaffActions staff) {
        this(stage, guide, config, millis, staff, UsageRecorder.OFF);
    }

    /** @param usage where the kiosk counts what visitors do (anonymously, per hour) */
    public KioskMode(Stage stage, KioskGuide guide, KioskConfig config, LongSupplier millis, StaffActions staff,
            UsageRecorder usage) {
        this.stage = stage;
        this.usage = new KioskUsage(usage, guide);
        this.guide = guide;
        this.millis = millis;
        PinGuard pins = new PinGuard(config.staffPin(), config.pinAttempts(), millis);
        FXMLLoader loader = new FXMLLoader(Resources.url(KioskMode.class, "KioskLayers.fxml"), guide.messages());
        this.hold = new HoldPlayer(millis, new ToneCues(config.holdTones()));
        this.view = new KioskView(guide, config.holdSeconds(), pins, staff, hold, Executors.newSingleThreadExecutor(
                task -> {
                    Thread thread = new Thread(task, "staff-pin-check");
                    thread.setDaemon(true);
                    return thread;
                }));
        loader.setControllerFactory(type -> view);
        try {
            this.layers = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the kiosk screens", e);
        }
        this.idle = new IdleMonitor(config.idleSeconds(), config.countdownSeconds(), millis, new IdleMonitor.Listener() {
            @Override
            public void onWarning(int secondsLeft) {
                view.showStillThere(secondsLeft);
            }

            @Override
            public void onCountdown(int secondsLeft) {
                view.updateCountdown(secondsLeft);
            }

            @Override
            public void onReset() {
                KioskMode.this.usage.idleReset();
                backToStart();
            }

            @Override
            public void onActive() {
                view.hideStillThere();
            }
        });
        view.onSessionStart(() -> {
            idle.resume();
            this.usage.sessionStarted();
        });
        view.onCrampingNow(this.usage::crampingNow);
        hold.stateProperty().addListener((obs, was, now) -> {
            if (now == HoldPlayer.State.HOLDING) {
                this.usage.holdStarted();
            } else if (now == HoldPlayer.State.DONE) {
                this.usage.holdCompleted();
            }
        });
        view.onStillHere(idle::keepGoing);
        view.onHold(idle::pause, idle::resume);
    }

    /** Turns the stage (with the guide's scene already set) into the kiosk; call before showing it. */
    public void install(boolean hideCursor) {
        guide.layers().getChildren().add(layers);
        guide.layers().getStyleClass().add("kiosk");
        guide.readFromAStepBack();
        Scene scene = stage.getScene();
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            idle.activity();
            usage.touched(e.getTarget());
            view.touched(e.getTarget());
            if (gesture.tap(e.getSceneX(), e.getSceneY(), millis.getAsLong())) {
                view.showPin();
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
        view.showAttract();
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
            view.closeAll();
            guide.resetToStart();
            idle.pause();
            view.showAttract();
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
        return view.attractShowing();
    }

    IdleMonitor idle() {
        return idle;
    }

    KioskView view() {
        return view;
    }
}
