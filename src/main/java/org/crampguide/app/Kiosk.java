package org.crampguide.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import org.crampguide.kiosk.KioskClock;
import org.crampguide.kiosk.KioskConfig;
import org.crampguide.kiosk.KioskLog;
import org.crampguide.kiosk.KioskMode;
import org.crampguide.kiosk.LoggedError;
import org.crampguide.kiosk.Recovery;
import org.crampguide.kiosk.StaffActions;

/** Starts kiosk mode around the guide: its log, its recovery from errors, and what staff can do. */
final class Kiosk implements StaffActions {
    private static final System.Logger LOG = System.getLogger(Kiosk.class.getName());
    private static final DateTimeFormatter LOADED_AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final ContentSource content;
    private final KioskLog log;
    private final long started;
    private KioskMode mode;
    private Recovery recovery;

    private Kiosk(ContentSource content, KioskLog log, long started) {
        this.content = content;
        this.log = log;
        this.started = started;
    }

    /** Call before the stage is shown. */
    static KioskMode start(Stage stage, CrampGuide guide, KioskConfig config, ContentSource content,
            boolean hideCursor, long started) {
        KioskLog log = null;
        try {
            log = KioskLog.open(config);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "no log file in " + config.logFolder() + ": " + e.getMessage());
        }
        Kiosk kiosk = new Kiosk(content, log, started);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> kiosk.closeLog());
        stage.initStyle(StageStyle.UNDECORATED);
        kiosk.mode = new KioskMode(stage, guide, config, KioskClock::monotonicMillis, kiosk);
        kiosk.mode.install(hideCursor || config.hideCursor());
        // an error anywhere is logged and the kiosk goes back to its start screen instead of dying
        // ... unless the JVM itself is in trouble: then it ends, and the service manager starts it again
        kiosk.recovery = new Recovery(() -> Platform.runLater(kiosk.mode::backToStart),
                () -> Runtime.getRuntime().halt(Launcher.EXIT_FATAL));
        Thread.setDefaultUncaughtExceptionHandler(kiosk.recovery);
        Thread.currentThread().setUncaughtExceptionHandler(kiosk.recovery);
        LOG.log(System.Logger.Level.INFO, "kiosk started; content from " + content.name());
        return kiosk.mode;
    }

    @Override
    public void exit() {
        LOG.log(System.Logger.Level.INFO, "staff left the kiosk");
        mode.leave();
        closeLog();
        Platform.exit();
        System.exit(0);
    }

    private void closeLog() {
        if (log != null) {
            log.close();
        }
    }

    @Override
    public String diagnostics() {
        Runtime runtime = Runtime.getRuntime();
        long usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        Duration uptime = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
        List<LoggedError> errors = log == null ? List.of() : log.recentErrors();
        String version = new Version().getVersion()[0];
        ContentSource.Loaded loaded = content.loaded();
        return String.join("\n",
                version,
                "Content: " + content.name(),
                "Loaded: " + (loaded == null ? "never" : LOADED_AT.format(loaded.at()))
                        + ", fingerprint " + (loaded == null ? "none" : loaded.fingerprint()),
                String.format("Uptime: %dd %02dh %02dm", uptime.toDays(), uptime.toHoursPart(), uptime.toMinutesPart()),
                "Memory: " + usedMb + " MB used of " + runtime.maxMemory() / (1024 * 1024) + " MB",
                "Start-up: " + (System.nanoTime() - started) / 1_000_000_000 + " s ago",
                "Errors recovered from: " + (recovery == null ? 0 : recovery.count()),
                "Log: " + (log == null ? "none" : log.folder()),
                "Last errors:" + (errors.isEmpty() ? " none" : "\n" + errors.stream()
                        .map(e -> "  " + e.time() + " " + e.level() + " " + e.message()).collect(Collectors.joining("\n"))));
    }
}
