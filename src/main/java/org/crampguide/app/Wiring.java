package org.crampguide.app;

import java.time.Duration;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.crampguide.kiosk.settings.KioskConfig;
import org.crampguide.theme.Draws;

/**
 * The one place the running app is put together, in start-up order: the controls' look while the
 * content is read, then the state folder's lock (a kiosk), the theme, the guide on screen and its
 * window, the muscle asked for, the live content (a folder pack is watched; staff's Reload reads it
 * again), then kiosk mode with its services.
 * Everything it opens goes on one {@link Closeables} list, shut in reverse order when the window
 * closes.
 */
@Draws
final class Wiring {
    private static final System.Logger LOG = System.getLogger(Wiring.class.getName());

    private Wiring() {
    }

    /**
     * The look, made ready on the JavaFX thread while the content is read on the main one (the
     * machine's second core): the controls' and the guide's stylesheets loaded, and the common
     * controls' classes and skins, so that the window's first frame only matches and lays out.
     */
    static void whileContentIsRead() {
        GuideOnScreen.applyTheme();
        VBox controls = new VBox(new Label("Cramp Guide"), new Button("OK"), new ToggleButton("EN"), new ScrollPane());
        new Scene(controls).getStylesheets().addAll(GuideOnScreen.stylesheets());
        controls.applyCss();
        controls.layout();
    }

    /** Builds and shows the window for a prepared start. Call on the JavaFX thread. */
    static Stage show(StartPlan.Window plan, long started) {
        return show(plan, new StartSteps(Optional.empty(), started, System::nanoTime));
    }

    /** The same, marking its steps; the first frame's pulse logs them all on one line. */
    static Stage show(StartPlan.Window plan, StartSteps steps) {
        long started = steps.mainStarted();
        Closeables opened = new Closeables();
        KioskConfig kiosk = plan.kiosk().orElse(null);
        if (kiosk != null) {
            opened.add("state folder lock", StartRefused.lock(kiosk.stateFolder()));
        }
        GuideOnScreen.applyTheme();
        GuideOnScreen guide = new GuideOnScreen(plan.library(), plan.language(), () -> System.nanoTime() / 1_000_000,
                Voices.forStart(plan.options(), kiosk));
        guide.playTones(!plan.options().quiet);
        steps.done("guide built");
        Stage stage = window(plan, guide);
        steps.done("window and its scene");
        if (plan.options().select != null) {
            guide.model().select(plan.options().select);
        }
        LiveContent live = opened.add("pack watcher", new LiveContent(plan.content(), guide, Platform::runLater));
        if (kiosk == null || !kiosk.contentUpdates().on()) {
            live.watch(Duration.ofMillis(400)); // a chain's downloaded pack changes only through its updates
        }
        guide.onReload(live::reload);
        steps.done("pack watcher");
        if (kiosk != null) {
            new RunningKiosk(stage, guide, kiosk, plan.content(), plan.options().hideCursor, started, opened);
            steps.done("kiosk: log, usage, chain services, screens");
        }
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> opened.close());
        stage.setOnShown(e -> {
            if (kiosk == null) {
                // JavaFX 21 on GTK under a window manager can open the window at its minimum size
                // instead of the scene's (JDK-8316423, fixed in JavaFX 22): ask for the size again
                Platform.runLater(stage::sizeToScene);
            }
            LOG.log(System.Logger.Level.INFO, "window shown {0} ms after launch", (System.nanoTime() - started) / 1_000_000);
        });
        stage.show();
        steps.done("shown");
        Runnable firstPulse = new Runnable() {
            @Override
            public void run() {
                stage.getScene().removePostLayoutPulseListener(this);
                steps.done("first frame laid out");
                LOG.log(System.Logger.Level.INFO, steps.line());
            }
        };
        stage.getScene().addPostLayoutPulseListener(firstPulse);
        return stage;
    }

    /** The window, centred on the primary screen at the size asked for (the whole screen by default). */
    private static Stage window(StartPlan.Window plan, GuideOnScreen guide) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowSize size = plan.options().window;
        double width = size == null ? screen.getWidth() : Math.min(size.width(), screen.getWidth());
        double height = size == null ? screen.getHeight() : Math.min(size.height(), screen.getHeight());
        Stage stage = new Stage();
        stage.setTitle(guide.messages().getString("app.title"));
        stage.setScene(guide.createScene(width, height));
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        return stage;
    }
}
