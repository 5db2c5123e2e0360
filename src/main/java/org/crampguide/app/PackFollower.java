package org.crampguide.app;

import org.crampguide.threads.DaemonThreads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.crampguide.content.ContentPack;
import org.crampguide.library.ContentSource;
import org.crampguide.library.GuideLibrary;
import org.crampguide.metrics.KioskMetrics.CheckResult;
import org.crampguide.packs.PackFetcher;
import org.crampguide.packs.PackStore;
import org.crampguide.packs.PackDownload;

/**
 * A chain kiosk following its {@code contentUrl}: checks on a thread of its own at start and every
 * few minutes, and puts a good new pack on screen only between visitors (while the attract screen
 * is up). If the new pack does not go on screen, the last good one stays, on screen and on disk.
 * Every outcome is logged and kept for Diagnostics and the metrics. A watchdog guards the switch:
 * a pack whose screen takes longer than the {@link Watchdog}'s bound to build goes back to the last
 * good content, and one that holds the JavaFX thread for its stall bound has the kiosk restart
 * (the service manager starts it again on the last good pack); either way the pack is marked in
 * the store as one that broke the screen, logged and counted, and never taken in again.
 */
final class PackFollower implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PackFollower.class.getName());
    private static final Duration RETRY_APPLY = Duration.ofSeconds(1);
    /**
     * The watchdog's bounds: the longest a new pack's screen may take to build before the kiosk
     * goes back to the last good one, and how long it may hold the JavaFX thread before the kiosk
     * restarts.
     */
    record Watchdog(Duration build, Duration stall) {
        /** A kiosk's: 5 s to build (the bundled guide's screens take well under one), 20 s held. */
        static final Watchdog KIOSK = new Watchdog(Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    /** The last check and the downloaded pack on screen (null: the kiosk runs on the bundled guide). */
    record Status(Instant lastCheck, boolean ok, String result, PackStore.Current onScreen) {
    }

    private record Pending(PackStore.Current pack, ContentSource.Reading reading) {
    }

    private final PackDownload updater;
    private final PackStore store;
    private final ContentSource source;
    private final ContentPack bundled;
    private final LiveContent.Shown screen;
    private final BooleanSupplier betweenVisitors;
    private final Executor ui;
    private final Clock clock;
    private final Consumer<CheckResult> counted;
    private final Watchdog watchdog;
    /** Ends the process so that the service manager starts it again (a stalled JavaFX thread cannot be freed). */
    private final Runnable restart;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("content-updates"));
    private volatile Status status;
    private volatile Pending pending;
    /** The guide on screen, to go back to (JavaFX thread only). */
    private GuideLibrary onScreen;
    /** What the server said of the newest pack taken in (update thread only). */
    private PackFetcher.Validators known;

    /**
     * @param startedWith the downloaded pack the kiosk started on, if any
     * @param betweenVisitors whether the attract screen is up (asked on the JavaFX thread)
     */
    PackFollower(PackDownload updater, PackStore store, ContentSource source, ContentPack bundled,
            GuideLibrary shown, Optional<PackStore.Current> startedWith, LiveContent.Shown screen,
            BooleanSupplier betweenVisitors, Executor ui, Clock clock, Consumer<CheckResult> counted, Watchdog watchdog, Runnable restart) {
        this.updater = updater;
        this.watchdog = watchdog;
        this.restart = restart;
        this.store = store;
        this.source = source;
        this.bundled = bundled;
        this.screen = screen;
        this.betweenVisitors = betweenVisitors;
        this.ui = ui;
        this.clock = clock;
        this.counted = counted;
        this.onScreen = shown;
        this.known = startedWith.map(PackStore.Current::validators).orElse(PackFetcher.Validators.NONE);
        this.status = new Status(null, true, "not yet checked", startedWith.orElse(null));
    }

    /** Checks now and then every {@code every}. */
    PackFollower start(Duration every) {
        worker.execute(() -> store.removeAllBut(status.onScreen() == null ? null : status.onScreen().folder()));
        worker.scheduleWithFixedDelay(this::check, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Staff's Reload: checks the address now; returns at once. */
    void checkNow() {
        worker.execute(this::check);
    }

    Status status() {
        return status;
    }

    /**
     * Staff's rollback from the staff menu: the pack on screen is withdrawn on this kiosk (marked so
     * it is not taken in again) and the previous good pack, or the bundled guide, goes on screen.
     * The answer is one line for the staff menu.
     */
    CompletableFuture<String> rollBack() {
        CompletableFuture<String> answer = new CompletableFuture<>();
        worker.execute(() -> answer.complete(rollBackNow()));
        return answer;
    }

    private String rollBackNow() {
        PackStore.Current withdrawn = status.onScreen();
        if (withdrawn == null) {
            return "The kiosk is on the bundled guide: there is no earlier content to go back to.";
        }
        try {
            store.markBad(withdrawn.folder());
            Optional<PackStore.Current> back = store.rollBack();
            ContentSource.Reading reading = source.readOther(back.isPresent() ? packIn(back.get()) : bundled);
            if (reading.outcome().library().isEmpty()) {
                reading = source.readOther(bundled);
                store.rollBack();
                back = Optional.empty();
            }
            GuideLibrary library = reading.outcome().library().orElseThrow();
            ContentSource.Reading shown = reading;
            ui.execute(() -> {
                screen.replaceLibrary(library);
                onScreen = library;
            });
            source.switchTo(shown);
            pending = null;
            known = back.map(PackStore.Current::validators).orElse(PackFetcher.Validators.NONE);
            String to = back.map(pack -> "pack " + pack.packVersion()).orElse("the bundled guide");
            LOG.log(System.Logger.Level.WARNING, "staff rolled back from pack " + withdrawn.packVersion() + " to " + to
                    + "; pack " + withdrawn.packVersion() + " will not be taken in again");
            status = new Status(status.lastCheck(), true, "rolled back by staff from pack " + withdrawn.packVersion(),
                    back.orElse(null));
            return "Back on " + to + "; pack " + withdrawn.packVersion() + " will not be taken in again.";
        } catch (java.io.IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "staff's rollback from pack " + withdrawn.packVersion() + " failed: " + e);
            return "Could not go back from pack " + withdrawn.packVersion() + ": " + e.getMessage();
        }
    }

    /** One check; a failure is logged and counted, and never stops the checks that follow. */
    private void check() {
        try {
            checkOnce();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "content check failed unexpectedly; keeping the last good content", e);
            finished(CheckResult.REFUSED, false, "failed: " + e);
        }
    }

    private void checkOnce() {
        PackDownload.Result result = updater.check(known);
        if (result instanceof PackDownload.Unchanged) {
            finished(CheckResult.UNCHANGED, true, pending == null ? "no newer pack" : status.result());
        } else if (result instanceof PackDownload.Refused refused) {
            LOG.log(System.Logger.Level.WARNING, "content update refused; keeping the last good content: "
                    + refused.reason());
            finished(CheckResult.REFUSED, false, "refused: " + refused.reason());
        } else {
            PackStore.Current pack = ((PackDownload.Ready) result).pack();
            known = pack.validators();
            ContentSource.Reading reading = source.readOther(packIn(pack));
            if (reading.outcome().library().isEmpty()) {
                String first = reading.outcome().errors().isEmpty() ? "?" : reading.outcome().errors().get(0).toString();
                LOG.log(System.Logger.Level.WARNING, "pack " + pack.packVersion() + " does not load; keeping the last good"
                        + " content: " + first);
                finished(CheckResult.APPLY_FAILED, false, "pack " + pack.packVersion() + " does not load: " + first);
                return;
            }
            pending = new Pending(pack, reading);
            LOG.log(System.Logger.Level.INFO, "pack " + pack.packVersion() + " from " + updater.url()
                    + " is ready; it goes on screen at the next attract screen");
            finished(CheckResult.UPDATED, true, "pack " + pack.packVersion() + " downloaded; it goes on screen between visitors");
            ui.execute(this::applyBetweenVisitors);
        }
    }

    private ContentPack packIn(PackStore.Current pack) {
        return store.over(pack, bundled).orElseThrow(() -> new IllegalStateException("the pack just installed is gone: "
                + pack.folder()));
    }

    /** On the JavaFX thread: the pending pack goes on screen if no visitor is using the kiosk, else a second later. */
    private void applyBetweenVisitors() {
        Pending next = pending;
        if (next == null) {
            return;
        }
        if (!betweenVisitors.getAsBoolean()) {
            worker.schedule(() -> ui.execute(this::applyBetweenVisitors), RETRY_APPLY.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        pending = null;
        GuideLibrary library = next.reading().outcome().library().orElseThrow();
        AtomicBoolean held = new AtomicBoolean();
        ScheduledFuture<?> stall = worker.schedule(() -> {
            held.set(true);
            stalled(next);
        }, watchdog.stall().toMillis(), TimeUnit.MILLISECONDS);
        long began = System.nanoTime();
        try {
            screen.replaceLibrary(library);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "pack " + next.pack().packVersion() + " failed to go on screen;"
                    + " going back to the last good content", e);
            screen.replaceLibrary(onScreen);
            worker.execute(() -> finished(CheckResult.APPLY_FAILED, false, "pack " + next.pack().packVersion()
                    + " failed to go on screen (" + e + "); back on the last good content"));
            return;
        } finally {
            stall.cancel(false);
        }
        long took = (System.nanoTime() - began) / 1_000_000;
        if (held.get()) {
            return; // the watchdog has already said so, and the kiosk is restarting
        }
        if (took > watchdog.build().toMillis()) {
            screen.replaceLibrary(onScreen);
            worker.execute(() -> broke(next, "took " + took + " ms to build its screen (the limit is "
                    + watchdog.build().toMillis() + " ms); back on the last good content"));
            return;
        }
        onScreen = library;
        worker.execute(() -> adopt(next));
    }

    private void adopt(Pending next) {
        source.switchTo(next.reading());
        try {
            store.makeCurrent(next.pack());
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.WARNING, "pack " + next.pack().packVersion() + " is on screen but could not be"
                    + " recorded as the last good pack: " + e.getMessage());
        }
        Pending waiting = pending;
        store.removeAllBut(next.pack().folder(), waiting == null ? null : waiting.pack().folder());
        LOG.log(System.Logger.Level.INFO, "pack " + next.pack().packVersion() + " is on screen");
        status = new Status(status.lastCheck(), true, "pack " + next.pack().packVersion() + " on screen", next.pack());
    }

    /** On the watchdog's thread: the JavaFX thread is still held by the new pack's screen. */
    private void stalled(Pending next) {
        broke(next, "held the screen for " + watchdog.stall().toMillis() + " ms; restarting on the last good content");
        restart.run();
    }

    /** The pack broke the screen: marked so it is never taken in again, logged and counted. */
    private void broke(Pending next, String what) {
        try {
            store.markBad(next.pack().folder());
        } catch (java.io.IOException e) {
            LOG.log(System.Logger.Level.WARNING, "pack " + next.pack().packVersion() + " could not be marked as broken: "
                    + e.getMessage());
        }
        LOG.log(System.Logger.Level.ERROR, "pack " + next.pack().packVersion() + " " + what);
        finished(CheckResult.APPLY_FAILED, false, "pack " + next.pack().packVersion() + " " + what);
    }

    private void finished(CheckResult result, boolean ok, String text) {
        counted.accept(result);
        status = new Status(clock.instant(), ok, text, status.onScreen());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
