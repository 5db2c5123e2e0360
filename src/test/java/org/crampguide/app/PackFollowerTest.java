package org.crampguide.app;

import org.crampguide.commands.ContentCheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.crampguide.content.BundledPack;
import org.crampguide.content.Language;
import org.crampguide.content.Problem;
import org.crampguide.library.ContentSource;
import org.crampguide.library.GuideLibrary;
import org.crampguide.metrics.KioskMetrics.CheckResult;
import org.crampguide.packs.PackFetcher;
import org.crampguide.packs.PackKit;
import org.crampguide.packs.PackServer;
import org.crampguide.packs.PackStore;
import org.crampguide.packs.PackDownload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk following its contentUrl, with a screen that records what it is shown: a good pack goes
 * on screen only between visitors and becomes the last good pack on disk; every failure leaves the
 * guide on screen as it was; a pack that fails to go on screen puts the last good one back.
 */
class PackFollowerTest {
    /** Short bounds, so that a slow screen and a stalled one each take about a second to show. */
    private static final PackFollower.Watchdog WATCHDOG = new PackFollower.Watchdog(Duration.ofMillis(700),
            Duration.ofMillis(1500));
    private static final PackFetcher.Limits LIMITS = new PackFetcher.Limits(Duration.ofSeconds(2), Duration.ofMillis(800),
            200_000);

    @TempDir
    Path temp;
    private PackKit kit;
    private PackServer server;
    private PackStore store;
    private final ExecutorService ui = Executors.newSingleThreadExecutor();
    private final AtomicBoolean attract = new AtomicBoolean();
    private final List<GuideLibrary> shown = new CopyOnWriteArrayList<>();
    private final List<CheckResult> results = new CopyOnWriteArrayList<>();
    private volatile boolean screenBreaks;
    /** How long building a new pack's screen takes (the watchdog's test). */
    private volatile long buildMillis;
    private final java.util.concurrent.atomic.AtomicInteger restarts = new java.util.concurrent.atomic.AtomicInteger();
    private ContentSource source;
    private PackFollower updates;

    @BeforeEach
    void start() throws Exception {
        kit = new PackKit(temp);
        server = new PackServer();
        store = new PackStore(temp.resolve("content-packs"));
    }

    @AfterEach
    void stop() {
        if (updates != null) {
            updates.close();
        }
        server.close();
        ui.shutdownNow();
    }

    private PackFollower follow() {
        source = new ContentSource(store.startingPack(new BundledPack()), Clock.systemUTC());
        GuideLibrary first = source.read().library().orElseThrow();
        PackDownload updater = new PackDownload(server.url(), List.of(kit.key.getPublic()), store, new PackFetcher(LIMITS),
                folder -> ContentCheck.problems(folder, new BundledPack()));
        LiveContent.Shown screen = new LiveContent.Shown() {
            @Override
            public void replaceLibrary(GuideLibrary library) {
                if (screenBreaks && library != first) {
                    throw new IllegalStateException("the screen could not be built");
                }
                if (library != first && buildMillis > 0) {
                    try {
                        Thread.sleep(buildMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                shown.add(library);
            }

            @Override
            public void keepContentDespite(List<Problem> problems) {
                throw new AssertionError("not used by updates");
            }
        };
        BooleanSupplier betweenVisitors = attract::get;
        Executor onUi = ui;
        updates = new PackFollower(updater, store, source, new BundledPack(), first, store.current(), screen,
                betweenVisitors, onUi, Clock.systemUTC(), results::add, WATCHDOG, restarts::incrementAndGet);
        return updates;
    }

    private void checkAndWait(int results) throws Exception {
        updates.checkNow();
        long until = System.nanoTime() + 20_000_000_000L;
        while (this.results.size() < results && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertTrue(this.results.size() >= results, "checks finished: " + this.results);
        Thread.sleep(100); // a task it handed to the screen, if any
        ui.submit(() -> { }).get();
    }

    private static String calves(GuideLibrary library) {
        return library.in(Language.ENGLISH).content().muscle("calves").orElseThrow().name();
    }

    @Test
    void aPackWhoseScreenIsSlowToBuildGoesBackToTheLastGoodAndIsNeverTakenAgain() throws Exception {
        server.serve(kit.goodPack("v1", "Calf muscles"));
        buildMillis = WATCHDOG.build().toMillis() + 300; // slow, but not stalled
        attract.set(true);
        follow();
        checkAndWait(1);
        waitFor(() -> results.size() >= 2);
        assertEquals(List.of(CheckResult.UPDATED, CheckResult.APPLY_FAILED), results);
        assertEquals(2, shown.size(), "the new pack, then the last good content again");
        assertEquals("Calves", calves(shown.get(1)));
        assertTrue(updates.status().result().contains("to build its screen"), updates.status().result());
        assertTrue(store.current().isEmpty(), "never recorded as the last good pack");
        assertEquals(0, restarts.get());

        buildMillis = 0;
        updates.close();
        follow(); // the kiosk restarted: the same pack is offered again
        checkAndWait(results.size() + 1);
        assertEquals(CheckResult.REFUSED, results.get(results.size() - 1));
        assertTrue(updates.status().result().contains("broke this kiosk's screen before"), updates.status().result());
    }

    @Test
    void aPackThatHoldsTheScreenRestartsTheKioskAndIsNeverTakenAgain() throws Exception {
        server.serve(kit.goodPack("v1", "Calf muscles"));
        buildMillis = WATCHDOG.stall().toMillis() + 1500;
        attract.set(true);
        follow();
        checkAndWait(1);
        waitFor(() -> restarts.get() == 1);
        assertTrue(updates.status().result().contains("held the screen for 1500 ms; restarting"), updates.status().result());
        assertTrue(store.current().isEmpty(), "the next start comes up on the last good content, not on this pack");

        buildMillis = 0;
        updates.close();
        follow(); // the service manager started the kiosk again: the same pack is offered again
        checkAndWait(results.size() + 1);
        assertEquals(CheckResult.REFUSED, results.get(results.size() - 1));
        assertTrue(updates.status().result().contains("broke this kiosk's screen before"), updates.status().result());
        assertEquals(1, restarts.get(), "one restart, not one at every check");
    }

    @Test
    void staffGoBackToThePreviousPackThenToTheBundledGuideAndTheWithdrawnPacksStayOut() throws Exception {
        attract.set(true);
        server.serve(kit.goodPack("v1", "Calf muscles", PackKit.MADE));
        follow();
        checkAndWait(1);
        waitFor(() -> updates.status().onScreen() != null);
        server.serve(kit.goodPack("v2", "Lower legs", PackKit.MADE.plusSeconds(60)));
        checkAndWait(2);
        waitFor(() -> "v2".equals(store.current().map(PackStore.Current::packVersion).orElse("")));
        assertEquals("Lower legs", calves(shown.get(shown.size() - 1)));

        String answer = updates.rollBack().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(answer.startsWith("Back on pack v1; pack v2 will not be taken in again"), answer);
        ui.submit(() -> { }).get();
        assertEquals("Calf muscles", calves(shown.get(shown.size() - 1)));
        assertEquals("v1", store.current().orElseThrow().packVersion(), "recorded on disk for the next start");
        assertEquals("v1", updates.status().onScreen().packVersion());
        checkAndWait(3); // the server still offers v2
        assertEquals(CheckResult.REFUSED, results.get(2));
        assertEquals("Calf muscles", calves(shown.get(shown.size() - 1)));

        answer = updates.rollBack().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(answer.startsWith("Back on the bundled guide; pack v1"), answer);
        ui.submit(() -> { }).get();
        assertEquals("Calves", calves(shown.get(shown.size() - 1)));
        assertTrue(store.current().isEmpty());
        assertTrue(updates.rollBack().get(10, java.util.concurrent.TimeUnit.SECONDS).contains("no earlier content"),
                "a third rollback has nothing left");
    }

    @Test
    void aGoodPackWaitsForTheAttractScreenAndEveryFailureKeepsItOnScreen() throws Exception {
        server.serve(kit.goodPack("v1", "Calf muscles"));
        follow();
        checkAndWait(1);
        assertEquals(List.of(CheckResult.UPDATED), results);
        Thread.sleep(1500); // a visitor is using the kiosk: more than one retry passes
        assertEquals(List.of(), shown, "nothing changes while a visitor is there");

        attract.set(true);
        long until = System.nanoTime() + 10_000_000_000L;
        while (shown.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertEquals(1, shown.size());
        assertEquals("Calf muscles", calves(shown.get(0)));
        waitFor(() -> store.current().isPresent() && updates.status().onScreen() != null); // recorded, then said
        assertEquals("v1", store.current().orElseThrow().packVersion());
        assertEquals("v1", updates.status().onScreen().packVersion());

        for (PackServer.Mode broken : List.of(PackServer.Mode.NOT_FOUND, PackServer.Mode.SERVER_ERROR)) {
            server.mode(broken);
            checkAndWait(results.size() + 1);
        }
        server.serve(kit.handMade(java.util.Map.of(PackKit.MUSCLES, "{".getBytes()), true));
        checkAndWait(results.size() + 1);
        assertEquals(CheckResult.REFUSED, results.get(results.size() - 1));
        assertFalse(updates.status().ok());
        assertTrue(updates.status().result().contains("fails the content check"), updates.status().result());
        assertEquals(1, shown.size(), "the last good pack stays on screen");
        assertEquals("v1", store.current().orElseThrow().packVersion(), "and on disk");

        // the next start, offline, comes up on the last good pack
        server.mode(PackServer.Mode.NOT_FOUND);
        updates.close();
        follow();
        assertEquals("Calf muscles", calves(source.read().library().orElseThrow()));
    }

    @Test
    void aPackThatFailsToGoOnScreenPutsTheLastGoodOneBack() throws Exception {
        attract.set(true);
        screenBreaks = true;
        server.serve(kit.goodPack("v2", "Lower legs"));
        follow();
        checkAndWait(1);
        waitFor(() -> results.size() == 2);
        assertEquals(List.of(CheckResult.UPDATED, CheckResult.APPLY_FAILED), results);
        assertEquals(1, shown.size(), "the last good guide was put back");
        assertEquals("Calves", calves(shown.get(0)));
        assertTrue(store.current().isEmpty(), "the failed pack is not recorded as the last good one");
        assertNull(updates.status().onScreen());
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!condition.call() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertTrue(condition.call(), "waited 10 s");
    }
}
