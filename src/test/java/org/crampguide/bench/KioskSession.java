package org.crampguide.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import org.crampguide.app.Launcher;

/**
 * A scripted kiosk session for the memory benchmark: the real app, started as a gym's kiosk is
 * ({@code Launcher.main} with the arguments given, in a real window), is used by a stream of visitors
 * for {@code minutes}: a tap every 0.4 s on what a visitor taps (the waiting screen, muscles on the
 * map and in the list, panels, search, results, the first-aid flow's answers, the stretch and its
 * timer, the language switch, evidence badges), and now and then a visitor who walks away, so the
 * kiosk's own idle reset runs. Every 30 s it reads the heap after a full GC; at the end it prints
 * those readings and the process's peak resident size (VmHWM). The taps are events fired at each
 * node's centre, as the touch screen delivers them; the seed is fixed, so two runs tap alike.
 *
 * <p>usage: {@code KioskSession MINUTES APP-ARGS...} (see {@code src/bench/bench.sh}).
 */
public final class KioskSession {
    private static final long TAP_MILLIS = 400;
    private static final long READ_EVERY_MILLIS = 30_000;
    private static final List<String> QUERIES = List.of("night", "magnesium", "calf", "stretch", "salt", "икры",
            "xylophone", "", "doctor", "heat");
    private static final String[] TAPPED = {".muscle-region", ".muscle-region", ".muscle-button", ".search-result",
        ".flow-answer", ".flow-answer", "#cramping-now-button", "#hold-start", "#stretch-done", "#overview-button",
        "#sources-button", ".evidence-badge", "#language-switch .toggle-button", "#still-here-button", ".keyboard-key"};

    private final Random random = new Random(20261204);
    private final Scene scene;

    private KioskSession(Scene scene) {
        this.scene = scene;
    }

    public static void main(String[] args) throws Exception {
        double minutes = Double.parseDouble(args[0]);
        String[] appArgs = java.util.Arrays.copyOfRange(args, 1, args.length);
        Launcher.main(appArgs);
        KioskSession session = new KioskSession(shownScene());
        Thread.sleep(5000); // start-up's work after the first frame
        List<double[]> readings = session.run((long) (minutes * 60_000));
        System.out.println(Memory.sessionLine("app", minutes, readings));
        Platform.exit();
        System.exit(0);
    }

    /** Runs the session; each reading is {minutes since start, heap after GC in MiB}. */
    private List<double[]> run(long millis) throws Exception {
        List<double[]> readings = new ArrayList<>();
        long start = System.currentTimeMillis();
        long nextReading = start + READ_EVERY_MILLIS;
        int visitor = 0;
        while (System.currentTimeMillis() - start < millis) {
            if (random.nextInt(300) == 0) { // a visitor walks away: the kiosk asks, then starts over
                Thread.sleep(40_000);
                visitor++;
            } else {
                onFx(this::oneTap);
                Thread.sleep(TAP_MILLIS);
            }
            if (System.currentTimeMillis() >= nextReading) {
                readings.add(new double[] {(System.currentTimeMillis() - start) / 60_000.0, Memory.heapAfterGc()});
                nextReading += READ_EVERY_MILLIS;
            }
        }
        System.out.printf("kiosk session: %d visitors walked away%n", visitor);
        return readings;
    }

    private Void oneTap() {
        int kind = random.nextInt(TAPPED.length + 3);
        if (kind < TAPPED.length) {
            tap(pick(visible(TAPPED[kind])));
        } else if (kind == TAPPED.length) {
            pick(visible(".guide-panel")).ifPresent(p -> ((TitledPane) p).setExpanded(!((TitledPane) p).isExpanded()));
        } else if (kind == TAPPED.length + 1) {
            visible("#search-field").forEach(f -> ((TextField) f).setText(QUERIES.get(random.nextInt(QUERIES.size()))));
        } else {
            tap(pick(visible("#search-field")));
        }
        tap(pick(visible("#attract"))); // the waiting screen: the next visitor wakes it
        return null;
    }

    private List<Node> visible(String selector) {
        List<Node> found = new ArrayList<>();
        for (Node node : scene.getRoot().lookupAll(selector)) {
            boolean shown = node.getScene() != null;
            for (Node n = node; n != null && shown; n = n.getParent()) {
                shown = n.isVisible();
            }
            if (shown) {
                found.add(node);
            }
        }
        return found;
    }

    private Optional<Node> pick(List<Node> nodes) {
        return nodes.isEmpty() ? Optional.empty() : Optional.of(nodes.get(random.nextInt(nodes.size())));
    }

    /** A tap: press, release and click at the node's centre, as the touch screen delivers them. */
    private static void tap(Optional<Node> target) {
        target.ifPresent(node -> {
            var b = node.localToScene(node.getLayoutBounds());
            var screen = node.localToScreen(node.getLayoutBounds());
            for (var type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
                Event.fireEvent(node, new MouseEvent(type, b.getCenterX(), b.getCenterY(),
                        screen == null ? b.getCenterX() : screen.getCenterX(),
                        screen == null ? b.getCenterY() : screen.getCenterY(), MouseButton.PRIMARY, 1,
                        false, false, false, false, true, false, false, true, false, true, null));
            }
            if (node instanceof ButtonBase button) {
                button.fire();
            }
        });
    }

    /** The app's window once it is showing (within a minute). */
    private static Scene shownScene() throws Exception {
        for (int i = 0; i < 600; i++) {
            Thread.sleep(100);
            if (!toolkitUp()) {
                continue;
            }
            Optional<Scene> shown = onFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                    .map(Window::getScene).findFirst());
            if (shown.isPresent()) {
                return shown.get();
            }
        }
        throw new IllegalStateException("the app showed no window within a minute");
    }

    private static boolean toolkitUp() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
