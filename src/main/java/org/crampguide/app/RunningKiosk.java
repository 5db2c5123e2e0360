package org.crampguide.app;

import org.crampguide.threads.DaemonThreads;

import org.crampguide.theme.Draws;

import org.crampguide.commands.ExitCodes;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.crampguide.kiosk.KioskClock;
import org.crampguide.kiosk.settings.KioskConfig;
import org.crampguide.kiosk.log.KioskLog;
import org.crampguide.kiosk.KioskMode;
import org.crampguide.kiosk.log.LoggedError;
import org.crampguide.kiosk.log.Recovery;
import org.crampguide.kiosk.staff.StaffActions;
import org.crampguide.content.BundledPack;
import org.crampguide.content.Muscle;
import org.crampguide.library.ContentSource;
import org.crampguide.packs.PackFetcher;
import org.crampguide.usage.BackgroundRecorder;
import org.crampguide.usage.Counter;
import org.crampguide.usage.UsageDesk;
import org.crampguide.usage.UsageFile;
import org.crampguide.usage.UsageRecorder;

/** Starts kiosk mode around the guide: its log, its recovery from errors, and what staff can do. */
@Draws
final class RunningKiosk implements StaffActions {
    private static final System.Logger LOG = System.getLogger(RunningKiosk.class.getName());
    private static final DateTimeFormatter LOADED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ContentSource content;
    private final KioskLog log;
    private final long started;
    private final GuideOnScreen guide;
    private final Closeables opened;
    private final UsageRecorder usage;
    private final UsageDesk usageDesk;
    /** Content updates and metrics, for a gym chain's kiosks; usage events go through it to be counted. */
    private final ChainKiosk chain;
    private final UsageRecorder counted;
    private final KioskMode mode;
    private final Recovery recovery;
    /** The gym's own emergency number from kiosk.json, or null: then the content's default shows. */
    private final String ownNumber;

    /**
     * Builds kiosk mode around the guide, in order: its log, the usage counts, the chain's services,
     * the kiosk's screens, then the recovery from errors. What it opens goes on {@code opened}.
     * Call before the stage is shown.
     */
    RunningKiosk(Stage stage, GuideOnScreen guide, KioskConfig config, ContentSource content, boolean hideCursor,
            long started, Closeables opened) {
        this.content = content;
        this.ownNumber = config.emergencyNumber();
        this.started = started;
        this.guide = guide;
        this.opened = opened;
        this.log = openLog(config, opened);
        // anonymous counts per hour; the file is opened on the recorder's own thread, not this one
        this.usage = opened.add("usage recorder", config.usage().on() ? BackgroundRecorder.start(
                UsageFile.beside(config.logFolder()), Clock.systemDefaultZone(),
                Duration.ofDays(config.usage().retentionDays())) : UsageRecorder.OFF);
        ExecutorService usageReads = Executors.newSingleThreadExecutor(DaemonThreads.named("usage-reader"));
        opened.add("usage reader", usageReads::shutdown);
        this.usageDesk = new UsageDesk(UsageFile.beside(config.logFolder()), config.usageExportFolder(),
                Clock.systemDefaultZone(), usageReads);
        stage.initStyle(StageStyle.UNDECORATED);
        this.chain = opened.add("chain services", new ChainKiosk(config, content, new BundledPack(), guide,
                this::attractShowing, Platform::runLater, PackFetcher.Limits.DEFAULTS, Clock.systemDefaultZone()));
        this.counted = chain.counting(usage);
        guide.recordUsageTo(counted);
        this.mode = new KioskMode(stage, guide, config, KioskClock::monotonicMillis, this, counted);
        mode.install(hideCursor || config.hideCursor());
        // an error anywhere is logged and the kiosk goes back to its start screen instead of dying
        // ... unless the JVM itself is in trouble: then it ends, and the service manager starts it again
        this.recovery = new Recovery(() -> {
            counted.record(Counter.ERROR_RECOVERED);
            Platform.runLater(mode::backToStart);
        }, () -> Runtime.getRuntime().halt(ExitCodes.FATAL));
        Thread.setDefaultUncaughtExceptionHandler(recovery);
        Thread.currentThread().setUncaughtExceptionHandler(recovery);
        LOG.log(System.Logger.Level.INFO, "kiosk started; content from " + content.name());
        if (ownNumber == null) {
            LOG.log(System.Logger.Level.WARNING, "kiosk.json sets no \"emergencyNumber\": the guide shows the content's \""
                    + guide.content().guide().emergencyNumber() + "\"; set the number to call from this gym");
        }
    }

    private static KioskLog openLog(KioskConfig config, Closeables opened) {
        try {
            return opened.add("kiosk log", KioskLog.open(config));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "no log file in " + config.logFolder() + ": " + e.getMessage());
            return null;
        }
    }

    /** Whether the attract screen is up (the chain puts a new pack on screen only then); JavaFX thread. */
    private boolean attractShowing() {
        return mode != null && mode.attractShowing();
    }

    KioskMode mode() {
        return mode;
    }

    @Override
    public void exit() {
        LOG.log(System.Logger.Level.INFO, "staff left the kiosk");
        mode.leave();
        opened.close();
        Platform.exit();
        System.exit(0);
    }

    @Override
    public Node usageScreen(Runnable close) {
        if (usage == UsageRecorder.OFF) {
            return null;
        }
        return usageDesk.screen(guide.messages(),
                id -> guide.content().muscle(id).map(Muscle::name).orElse(id), close);
    }

    @Override
    public CompletableFuture<String> exportUsage() {
        return usageDesk.export(guide.messages());
    }

    @Override
    public boolean canRollBack() {
        return chain.updates() != null;
    }

    @Override
    public CompletableFuture<String> rollBack() {
        return chain.updates() == null ? CompletableFuture.completedFuture("Content updates are off.")
                : chain.updates().rollBack();
    }

    private static String reviewLine(org.crampguide.content.ContentReview review) {
        return "Content version " + review.contentVersion() + ", last reviewed " + review.lastReviewed()
                + " (" + review.reviewer() + "), next review " + review.nextReview();
    }

    @Override
    public String diagnostics() {
        Runtime runtime = Runtime.getRuntime();
        long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        Duration uptime = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
        List<LoggedError> errors = log == null ? List.of() : log.recentErrors();
        String version = "Cramp Guide " + Version.number(); // the content's own fingerprint follows
        ContentSource.Loaded loaded = content.loaded();
        return String.join("\n",
                version,
                "Content: " + content.name(),
                reviewLine(guide.content().guide().review()),
                guide.voice().status().toString(),
                "Emergency number: " + (ownNumber != null ? ownNumber + " (this kiosk's own)"
                        : guide.content().guide().emergencyNumber() + " (the content's default: set \"emergencyNumber\" in kiosk.json)"),
                "Loaded: " + (loaded == null ? "never" : LOADED_AT.format(loaded.at()))
                        + ", fingerprint " + (loaded == null ? "none" : loaded.fingerprint()),
                String.format("Uptime: %dd %02dh %02dm", uptime.toDays(), uptime.toHoursPart(), uptime.toMinutesPart()),
                "Memory: " + usedMb + " MB used of " + runtime.maxMemory() / (1024 * 1024) + " MB",
                "Start-up: " + (System.nanoTime() - started) / 1_000_000_000 + " s ago",
                "Errors recovered from: " + (recovery == null ? 0 : recovery.count()),
                String.join("\n", chain.diagnostics()),
                "Log: " + (log == null ? "none" : log.folder()),
                "Last errors:" + (errors.isEmpty() ? " none" : "\n" + errors.stream()
                        .map(e -> "  " + e.time() + " " + e.level() + " " + e.message()).collect(Collectors.joining("\n"))));
    }
}
