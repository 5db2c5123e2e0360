package org.crampguide.kiosk;

import org.crampguide.kiosk.settings.KioskConfig;
import org.crampguide.kiosk.settings.StaffPin;
import org.crampguide.kiosk.staff.StaffActions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.crampguide.kiosk.HeapReadings.histogram;
import static org.crampguide.kiosk.HeapReadings.mb;
import static org.crampguide.kiosk.HeapReadings.retainedHeap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.event.Event;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.crampguide.app.GuideOnScreen;
import org.crampguide.library.GuideLibrary;
import org.crampguide.content.BundledPack;
import org.crampguide.content.Language;
import org.crampguide.usage.BackgroundRecorder;
import org.junit.jupiter.api.io.TempDir;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.crampguide.testing.FxThreadErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A day at the gym, compressed: 10,000 random taps, searches (typed or on the touch keyboard), panel
 * changes, language switches, stretch screens and idle resets (with a clock the test moves).
 * Nothing may throw, and the heap kept after garbage collection may not grow between the first
 * half of the run (once everything has been built) and the second.
 *
 * <p>Part of {@code ./mvnw verify} with 3,000 interactions (the pom's {@code soak.interactions}); the
 * full 10,000 run by {@code src/bench/bench.sh}; alone: {@code ./mvnw test -Dtest=KioskSoakTest},
 * left out: {@code ./mvnw verify -DexcludedGroups=soak}. To look for a leak,
 * {@code -Dsoak.only=6,0} limits the interactions to some kinds (see {@code interact}),
 * {@code -Dsoak.skip=9} leaves one kind out and {@code -Dsoak.interactions=3000} shortens the run (to no less);
 * on failure the heap's largest classes are printed.
 */
@Tag("soak")
@ExtendWith({ApplicationExtension.class, FxThreadErrors.class})
class KioskSoakTest {
    /** The kiosk's state folder (its saved PIN lock, among others), new for each test. */
    @org.junit.jupiter.api.io.TempDir
    Path state;
    /** 10,000 unless told otherwise; at least 3,000, so that every sixth of the run has batches of its own. */
    private static final int INTERACTIONS = Math.max(3_000, Integer.getInteger("soak.interactions", 10_000));
    private static final int BATCH = 50;
    /** The heap is read after each sixth of the run: three early readings, three late. */
    private static final int SIXTH = INTERACTIONS / 6 / BATCH * BATCH;
    /** How much retained heap may grow from the first half of the run to the second. */
    private static final long MARGIN_BYTES = 24L * 1024 * 1024;
    private static final List<String> QUERIES = List.of("night", "magnesium", "pregnan", "calf", "stretch", "salt",
            "икры", "xylophone", "", "warm up", "doctor", "heat");

    private final AtomicLong now = new AtomicLong(5_000_000);
    private final List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    private final Random random = new Random(20261124);
    private Stage stage;
    private GuideOnScreen guide;
    private KioskMode kiosk;
    /** Usage is recorded to a real database file throughout, as on a gym's kiosk. */
    @TempDir
    Path usageFolder;
    private BackgroundRecorder usage;

    @AfterEach
    void closeEveryWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
        usage.close();
    }

    /**
     * The guide gets a stage of its own: TestFX keeps every event fired on the stage it hands to
     * {@code @Start} (its "fired events" record), which over 10,000 taps would be measured as the
     * guide's own growth.
     */
    @Start
    void start(Stage unused) {
        this.stage = new Stage();
        GuideLibrary library = GuideLibrary.load(new BundledPack(), new ArrayList<>()).orElseThrow();
        GuideOnScreen.applyTheme();
        guide = new GuideOnScreen(library, Language.ENGLISH);
        stage.setScene(guide.createScene(1920, 1080));
        stage.sizeToScene();
        stage.show();
        stage.requestFocus();
        KioskConfig defaults = KioskConfig.withDefaults(StaffPin.create("1357".toCharArray()), state.resolve("logs"));
        KioskConfig shortTimings = new KioskConfig(10, 5, 10, false, Language.ENGLISH, defaults.staffPin(),
                defaults.pinAttempts(), defaults.logFolder(), defaults.logFiles(), defaults.logFileBytes());
        usage = BackgroundRecorder.start(usageFolder.resolve("usage.db"), new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.parse("2026-11-02T06:00:00Z").plusMillis(now.get()); // the kiosk's own time
            }
        }, Duration.ofDays(400));
        guide.recordUsageTo(usage);
        kiosk = new KioskMode(stage, guide, shortTimings, now::get, new StaffActions() {
            @Override
            public void exit() {
                throw new AssertionError("nobody knows the PIN in this test");
            }

            @Override
            public String diagnostics() {
                return "";
            }
        }, usage);
        kiosk.install(false);
    }

    @Test
    void tenThousandRandomInteractionsThrowNothingAndLeakNothing(FxRobot robot) {
        // the heap is compared as the next visitor finds the kiosk (after a reset), at its lowest of
        // three readings early and three late: what the guide keeps built swings a reading by a few
        // pages' worth, while a leak raises every reading
        long early = Long.MAX_VALUE;
        long late = Long.MAX_VALUE;
        int[] resets = {0};
        for (int done = 0; done < INTERACTIONS; done += BATCH) {
            robot.interact(() -> {
                for (int i = 0; i < BATCH; i++) {
                    try {
                        if (interact()) {
                            resets[0]++;
                        }
                    } catch (RuntimeException | AssertionError e) {
                        errors.add(e);
                    }
                }
            });
            int after = done + BATCH;
            if (after == SIXTH) {
                robot.interact(this::buildEverythingOnce);
            }
            int sixths = after % SIXTH == 0 ? after / SIXTH : 0;
            if (sixths >= 1 && sixths <= 3) {
                early = Math.min(early, heapAfterAReset(robot));
            }
            if (sixths >= 4 && sixths <= 6) {
                late = Math.min(late, heapAfterAReset(robot));
            }
        }
        long growth = late - early;
        usage.close();
        System.out.printf("soak usage database: %.1f KB for %.1f hours of kiosk time%n",
                usageBytes() / 1024.0, (now.get() - 5_000_000) / 3_600_000.0);
        System.out.printf("soak: %d interactions, %d idle resets, retained heap %.1f MB early (%,d-%,d), %.1f MB late (%,d-%,d) (%+.1f MB)%n",
                INTERACTIONS, resets[0], mb(early), SIXTH, 3 * SIXTH, mb(late),
                4 * SIXTH, 6 * SIXTH, mb(growth));
        assertEquals(List.of(), errors);
        assertTrue(resets[0] >= INTERACTIONS / 600, "idle resets happened: " + resets[0]); // about one a minute of it
        assertTrue(growth < MARGIN_BYTES, "retained heap grew by " + mb(growth) + " MB; largest classes:\n" + histogram());
        assertTrue(stage.isShowing());
    }

    private long usageBytes() {
        try (var files = java.nio.file.Files.list(usageFolder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One random thing a visitor (or the passing of time) does; true when it caused an idle reset. */
    private boolean interact() {
        boolean attractWasUp = kiosk.attractShowing();
        String only = System.getProperty("soak.only");
        String[] kinds = only == null ? null : only.split(",");
        int kind = kinds == null ? random.nextInt(12) : Integer.parseInt(kinds[random.nextInt(kinds.length)]);
        if (String.valueOf(kind).equals(System.getProperty("soak.skip"))) {
            return false;
        }
        switch (kind) {
            case 0, 1 -> tap(pick(visible(".muscle-region")));
            case 2 -> tap(pick(visible(".muscle-button")));
            case 3 -> pick(visible(".guide-panel")).ifPresent(p -> ((TitledPane) p).setExpanded(!((TitledPane) p).isExpanded()));
            case 4 -> {
                if (random.nextBoolean()) {
                    stage.getScene().getRoot().lookupAll("#search-field").forEach(
                            f -> ((TextField) f).setText(QUERIES.get(random.nextInt(QUERIES.size()))));
                } else { // the touch keyboard: open it, then a key or two
                    tap(pick(visible("#search-field")));
                    tap(pick(visible(".keyboard-key")));
                    tap(pick(visible(".keyboard-key")));
                }
            }
            case 5 -> tap(pick(visible(".search-result")));
            case 6 -> {
                if (random.nextInt(4) == 0) {
                    guide.switchTo(Language.values()[random.nextInt(Language.values().length)]);
                }
            }
            case 7 -> fire("#cramping-now-button", "#stretch-now #hold-start", "#stretch-done");
            case 8 -> fire("#overview-button", "#sources-button", "#still-here-button");
            case 9 -> tap(pick(visible(".evidence-badge")));
            default -> {
                now.addAndGet(random.nextInt(8_000));
                kiosk.tick();
            }
        }
        if (kiosk.attractShowing() && random.nextInt(3) == 0) {
            tap(pick(visible("#attract")));
        }
        return !attractWasUp && kiosk.attractShowing();
    }

    /**
     * What the guide builds once and keeps: every page in every language, every panel and "More"
     * opened once. Growth after this is what a leak would be.
     */
    private void buildEverythingOnce() {
        for (Language language : Language.values()) {
            guide.switchTo(language);
            List<String> pages = new ArrayList<>(guide.content().muscles().stream().map(m -> m.id()).toList());
            pages.add(null); // the overview
            for (String muscle : pages) {
                guide.model().search().show(muscle, null);
                visible(".guide-panel").forEach(p -> ((TitledPane) p).setExpanded(true));
            }
        }
        guide.resetToStart();
    }

    private void fire(String... ids) {
        String id = ids[random.nextInt(ids.length)];
        pick(visible(id)).ifPresent(node -> ((ButtonBase) node).fire());
    }

    private List<Node> visible(String selector) {
        List<Node> found = new ArrayList<>();
        for (Node node : stage.getScene().getRoot().lookupAll(selector)) {
            boolean shown = true;
            for (Node n = node; n != null && shown; n = n.getParent()) {
                shown = n.isVisible();
            }
            if (shown) {
                found.add(node);
            }
        }
        return found;
    }

    private java.util.Optional<Node> pick(List<Node> nodes) {
        return nodes.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(nodes.get(random.nextInt(nodes.size())));
    }

    /** A tap as the touch screen delivers it: press, release and click at the node's centre. */
    private static void tap(java.util.Optional<Node> target) {
        target.ifPresent(node -> {
            var b = node.localToScene(node.getLayoutBounds());
            double x = b.getCenterX();
            double y = b.getCenterY();
            for (var type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
                Event.fireEvent(node, new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false,
                        false, true, false, false, true, false, true, null));
            }
            if (node instanceof ButtonBase button) {
                button.fire();
            }
        });
    }

    private long heapAfterAReset(FxRobot robot) {
        robot.interact(guide::resetToStart);
        return retainedHeap();
    }
}
