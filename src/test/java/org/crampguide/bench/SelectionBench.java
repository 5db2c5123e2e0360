package org.crampguide.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import java.util.ArrayList;
import org.crampguide.app.GuideOnScreen;
import org.crampguide.library.GuideLibrary;
import org.crampguide.content.BundledPack;
import org.crampguide.content.Language;

/**
 * Selection latency of the real guide in a real window (run it under a display; see
 * {@code src/bench/bench.sh}). For every muscle, {@code rounds} times: a click on its first region,
 * then (1) click → styles and layout done: the click's handling and the styles and layout pass
 * of the pulse after it, and
 * (2) click → the frame after the change is drawn, measured as the time until the second pulse
 * after the click begins (a pulse waits for the one before it to be rendered). The same (2) for a
 * scene where nothing changed is the baseline. Prints p50 and p95 of each, and memory.
 */
public final class SelectionBench {
    private SelectionBench() {
    }

    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args[0].split("x")[0]);
        int height = Integer.parseInt(args[0].split("x")[1]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        CompletableFuture<Scene> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            GuideOnScreen.applyTheme();
            GuideLibrary library = GuideLibrary.load(new BundledPack(), new ArrayList<>()).orElseThrow();
            stage.setScene(new GuideOnScreen(library, Language.ENGLISH).createScene(width, height));
            stage.setOnShown(e -> shown.complete(stage.getScene()));
            stage.show();
        });
        Scene scene = shown.get(60, TimeUnit.SECONDS);
        Thread.sleep(6000); // let start-up work after the first frame finish, and the other pages be prepared
        List<Node> regions = onFx(() -> firstRegionOfEachMuscle(scene));
        List<Double> layout = new ArrayList<>();
        List<Double> frame = new ArrayList<>();
        List<Double> unchanged = new ArrayList<>();
        for (int round = 0; round < rounds + 1; round++) {
            for (Node region : regions) {
                double[] timing = clickAndTime(scene, region);
                unchanged.add(twoPulses());
                if (round > 0) { // the first round warms up: classes loaded, code compiled
                    layout.add(timing[0]);
                    frame.add(timing[1]);
                }
            }
        }
        System.out.printf("selection at %dx%d, %d muscles x %d rounds:%n", width, height, regions.size(), rounds);
        System.out.printf("  click -> styles and layout done: p50 %.1f ms, p95 %.1f ms%n", p(layout, 50), p(layout, 95));
        System.out.printf("  click -> next frame drawn:       p50 %.1f ms, p95 %.1f ms%n", p(frame, 50), p(frame, 95));
        System.out.printf("  same for an unchanged scene:     p50 %.1f ms, p95 %.1f ms%n", p(unchanged, 50), p(unchanged, 95));
        Memory.print("app");
        Platform.exit();
        System.exit(0);
    }

    private static List<Node> firstRegionOfEachMuscle(Scene scene) {
        Map<String, Node> first = new LinkedHashMap<>();
        for (Node node : scene.getRoot().lookupAll(".muscle-region")) {
            String muscle = node.getId().substring(0, node.getId().indexOf('-'));
            if (node.isVisible() && node.getScene() != null) {
                first.putIfAbsent(muscle, node);
            }
        }
        return List.copyOf(first.values());
    }

    /**
     * {click → styles and layout done, click → next frame drawn}, in milliseconds. The first is the
     * work a selection causes: handling the click, then the styles and layout pass of the pulse that
     * follows it (timed from the scene's pre-layout to its post-layout listener, so the wait for
     * the pulse is not counted). Forcing styles on the whole scene, as {@code root.applyCss()}
     * does, would time work that a selection does not cause.
     */
    private static double[] clickAndTime(Scene scene, Node region) throws Exception {
        CompletableFuture<double[]> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            click(region);
            long handled = System.nanoTime();
            long[] pass = new long[2];
            Runnable before = () -> pass[0] = pass[0] == 0 ? System.nanoTime() : pass[0];
            Runnable after = new Runnable() {
                @Override
                public void run() {
                    pass[1] = System.nanoTime();
                    scene.removePreLayoutPulseListener(before);
                    scene.removePostLayoutPulseListener(this);
                }
            };
            scene.addPreLayoutPulseListener(before);
            scene.addPostLayoutPulseListener(after);
            afterPulses(2, () -> {
                double work = (handled - start + pass[1] - pass[0]) / 1e6;
                if (System.getProperty("bench.parts") != null) {
                    System.out.printf("  %s: click %.1f ms, styles and layout %.1f ms%n", region.getId(),
                            (handled - start) / 1e6, (pass[1] - pass[0]) / 1e6);
                }
                result.complete(new double[] {work, (System.nanoTime() - start) / 1e6});
            });
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static double twoPulses() throws Exception {
        CompletableFuture<Double> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            afterPulses(2, () -> result.complete((System.nanoTime() - start) / 1e6));
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static void afterPulses(int count, Runnable then) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen == count) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private static void click(Node region) {
        var bounds = region.getBoundsInLocal();
        double x = bounds.getCenterX();
        double y = bounds.getCenterY();
        var screen = region.localToScreen(x, y);
        var scene = region.localToScene(x, y);
        for (var type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
            Event.fireEvent(region, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                    MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, true, null));
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    static double p(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
