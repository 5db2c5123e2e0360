package org.crampguide.packs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that survive a power cut: written to a temporary file beside the target, synced, then
 * renamed over it in one step, so a reader finds the old file or the new one, never half of one.
 */
public final class SafeFiles {
    private SafeFiles() {
    }

    /** Writes {@code bytes} to {@code target}; {@code secret} files are readable by their owner only (where the file system knows owners). */
    public static void write(Path target, byte[] bytes, boolean secret) throws IOException {
        Path temporary = temporaryBeside(target, secret);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            moveAtomically(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A new hidden file beside {@code target}, to be renamed over it: readable by everyone (a pack
     * is served by a web server) or, when {@code secret}, by its owner only, where the file system
     * knows owners.
     */
    public static Path temporaryBeside(Path target, boolean secret) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        if (posix(folder)) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--"));
        }
        return temporary;
    }

    /** Renames in one step, replacing the target; where the file system cannot, an ordinary rename. */
    public static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(to.toAbsolutePath().getParent());
    }

    /** Writes a file's data to the disk. */
    public static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename in the folder survive a power cut (where the system allows opening a folder). */
    public static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not possible on every system; the files themselves were synced before the rename
        }
    }

    private static boolean posix(Path folder) {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
