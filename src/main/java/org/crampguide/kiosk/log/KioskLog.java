package org.crampguide.kiosk.log;

import org.crampguide.kiosk.settings.KioskConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kiosk's log: rotating files {@code cramp-guide-0.log} (newest) to {@code cramp-guide-<n>.log}
 * in the log folder, plus the last warnings and errors in memory. {@link System.Logger} writes to
 * java.util.logging unless configured otherwise, so everything the app logs ends up here.
 * {@link #close()} takes the handlers off the logger again.
 */
public final class KioskLog implements AutoCloseable {
    public static final String FILE_PATTERN = "cramp-guide-%g.log";

    private final Logger logger;
    private final Path folder;
    private final FileHandler file;
    private final RecentErrors recent;

    private KioskLog(Logger logger, Path folder, FileHandler file, RecentErrors recent) {
        this.logger = logger;
        this.folder = folder;
        this.file = file;
        this.recent = recent;
    }

    /** Logs everything (through the root logger) to the folder, file count and size in the settings. */
    public static KioskLog open(KioskConfig config) throws IOException {
        return open(Logger.getLogger(""), config.logFolder(), config.logFiles(), config.logFileBytes());
    }

    /** Creates {@code folder} if needed and attaches the file and recent-errors handlers to {@code logger}. */
    static KioskLog open(Logger logger, Path folder, int files, long fileBytes) throws IOException {
        if (files < 1 || fileBytes < 1) {
            throw new IllegalArgumentException("need at least one file of at least one byte");
        }
        Path absolute = folder.toAbsolutePath();
        Files.createDirectories(absolute);
        String pattern = absolute.toString().replace("%", "%%") + "/" + FILE_PATTERN;
        LineFormatter formatter = new LineFormatter(ZoneId.systemDefault());
        FileHandler file = new FileHandler(pattern, fileBytes, files, true);
        file.setEncoding(StandardCharsets.UTF_8.name());
        file.setFormatter(formatter);
        file.setLevel(Level.ALL);
        RecentErrors recent = new RecentErrors(formatter);
        logger.addHandler(file);
        logger.addHandler(recent);
        return new KioskLog(logger, absolute, file, recent);
    }

    /** The last 20 warnings and errors, newest first. */
    public List<LoggedError> recentErrors() {
        return recent.newestFirst();
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        logger.removeHandler(file);
        logger.removeHandler(recent);
        file.close();
    }
}
