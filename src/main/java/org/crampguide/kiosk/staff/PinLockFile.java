package org.crampguide.kiosk.staff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * Where the staff PIN pad's lock is kept between runs ({@code pin-lock.properties} in the state
 * folder): the wrong PINs in a row, the lockouts so far and when the lockout ends (wall-clock
 * milliseconds), so that pulling the plug during a lockout does not open the pad. Each change is
 * written to a temporary file, forced to disk and moved over the old one, so a power cut leaves
 * either the old state or the new.
 */
public final class PinLockFile {
    public static final String NAME = "pin-lock.properties";
    private static final System.Logger LOG = System.getLogger(PinLockFile.class.getName());

    /** The lock's state as saved; {@link #CLEAR} when nothing has gone wrong. */
    public record Saved(int failures, int lockouts, long lockedUntilEpochMillis) {
        public static final Saved CLEAR = new Saved(0, 0, 0);
    }

    private final Path file;

    public PinLockFile(Path stateFolder) {
        this.file = stateFolder == null ? null : stateFolder.resolve(NAME);
    }

    /** A store that keeps nothing (for a guard that need not outlive its process, as in tests). */
    public static PinLockFile none() {
        return new PinLockFile(null);
    }

    /** The saved state; {@link Saved#CLEAR} when there is none, and when it cannot be read (logged). */
    public Saved load() {
        if (file == null) {
            return Saved.CLEAR;
        }
        Properties values = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            values.load(in);
            return new Saved(Integer.parseInt(values.getProperty("failures", "0")),
                    Integer.parseInt(values.getProperty("lockouts", "0")),
                    Long.parseLong(values.getProperty("lockedUntil", "0")));
        } catch (NoSuchFileException e) {
            return Saved.CLEAR;
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, file + ": the PIN pad's saved lock cannot be read (" + e.getMessage()
                    + "); starting without one");
            return Saved.CLEAR;
        }
    }

    /** Saves the state atomically; a failure to write is logged and the lock still holds in memory. */
    public void save(Saved saved) {
        if (file == null) {
            return;
        }
        String text = "failures=" + saved.failures() + "\nlockouts=" + saved.lockouts() + "\nlockedUntil="
                + saved.lockedUntilEpochMillis() + "\n";
        Path temporary = file.resolveSibling(NAME + ".part");
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)));
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
                folder.force(true);
            } catch (IOException e) {
                // some file systems cannot sync a folder; the move itself is atomic
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, file + ": the PIN pad's lock cannot be saved (" + e.getMessage() + ")");
        }
    }
}
