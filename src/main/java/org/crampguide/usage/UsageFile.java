package org.crampguide.usage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * Opens the usage database come what may: a file that is damaged, not a database or unwritable is
 * moved aside ({@code usage.db.broken-20250301-142500}, with its WAL and shared-memory files) and
 * a new one is started; if even that fails there is no database, and the caller records nothing.
 */
public final class UsageFile {
    public static final String NAME = "usage.db";
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final System.Logger LOG = System.getLogger(UsageFile.class.getName());

    private UsageFile() {
    }

    /** The database beside the log folder: {@code ~/.local/state/cramp-guide/usage.db} for the default logs. */
    public static Path beside(Path logFolder) {
        Path absolute = logFolder.toAbsolutePath().normalize();
        Path state = absolute.getParent() == null ? absolute : absolute.getParent();
        return state.resolve(NAME);
    }

    /** The database, or empty (logged) when neither the file nor a new one in its place can be used. */
    public static Optional<UsageDatabase> openOrStartAfresh(Path file, Clock clock) {
        return openOrStartAfresh(file, clock, java.util.concurrent.ConcurrentHashMap.newKeySet());
    }

    static Optional<UsageDatabase> openOrStartAfresh(Path file, Clock clock, Set<String> threads) {
        try {
            return Optional.of(UsageDatabase.open(file, threads));
        } catch (SQLException | IOException | RuntimeException first) {
            if (!Files.exists(file)) {
                LOG.log(System.Logger.Level.WARNING, "usage statistics are off: cannot make " + file + " ("
                        + message(first) + ")");
                return Optional.empty();
            }
            Path aside;
            try {
                aside = setAside(file, clock);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "usage statistics are off: " + file + " cannot be used ("
                        + message(first) + ") nor moved aside (" + message(e) + ")");
                return Optional.empty();
            }
            LOG.log(System.Logger.Level.WARNING, "the usage database " + file + " could not be used ("
                    + message(first) + "); moved aside to " + aside.getFileName() + ", starting a new one");
            try {
                return Optional.of(UsageDatabase.open(file, threads));
            } catch (SQLException | IOException | RuntimeException again) {
                LOG.log(System.Logger.Level.WARNING, "usage statistics are off: a new " + file
                        + " cannot be made either (" + message(again) + ")");
                return Optional.empty();
            }
        }
    }

    /** Renames the file (and its -wal and -shm files) with a time suffix; returns the new name of the file. */
    static Path setAside(Path file, Clock clock) throws IOException {
        String suffix = ".broken-" + SUFFIX.format(clock.instant().atZone(clock.getZone()));
        Path aside = file.resolveSibling(file.getFileName() + suffix);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + suffix + "-" + n);
        }
        for (String part : new String[] {"-wal", "-shm"}) {
            Path extra = file.resolveSibling(file.getFileName() + part);
            if (Files.exists(extra)) {
                Files.move(extra, aside.resolveSibling(aside.getFileName() + part), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        return aside;
    }

    /** Whether the write failed for want of room (a full disk or quota), not because the database is broken. */
    static boolean noRoom(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.sqlite.SQLiteException sqlite
                    && (sqlite.getResultCode().code & 0xff) == org.sqlite.SQLiteErrorCode.SQLITE_FULL.code) {
                return true;
            }
            String text = cause.getMessage();
            if (text != null && (text.contains("disk is full") || text.contains("No space left on device"))) {
                return true;
            }
        }
        return false;
    }

    /** One line, never a stack trace. */
    static String message(Throwable e) {
        String text = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException trouble && trouble.getReason() == null) {
            String what = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "a file is in the way"
                    : e instanceof java.nio.file.NoSuchFileException ? "not found" : e.getClass().getSimpleName();
            return what + ": " + trouble.getFile();
        }
        return text == null || text.isBlank() ? e.getClass().getSimpleName() : text.lines().findFirst().orElse(text);
    }
}
