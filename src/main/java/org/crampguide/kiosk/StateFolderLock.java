package org.crampguide.kiosk;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One kiosk per state folder: a lock on {@code kiosk.lock} in it, held while the kiosk runs, so a
 * second kiosk started on the same folder (its usage database, downloaded packs and PIN lock) stops
 * with one line instead of the two writing over each other. The operating system drops the lock
 * when the process ends, however it ends.
 */
public final class StateFolderLock implements AutoCloseable {
    static final String NAME = "kiosk.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private StateFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty with {@code why} when another kiosk holds it or it cannot be taken. */
    public static Optional<StateFolderLock> take(Path stateFolder, StringBuilder why) {
        Path file = stateFolder.resolve(NAME);
        FileChannel channel = null;
        try {
            Files.createDirectories(stateFolder);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new StateFolderLock(channel, lock));
            }
            why.append("another kiosk is already running on the state folder ").append(stateFolder)
                    .append(" (it holds ").append(file).append(")");
        } catch (OverlappingFileLockException e) {
            why.append("this process already runs a kiosk on the state folder ").append(stateFolder);
        } catch (IOException e) {
            why.append("cannot lock the state folder ").append(stateFolder).append(": ").append(e.getMessage());
        }
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing was locked
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }
}
