package org.crampguide.library;

import org.crampguide.threads.DaemonThreads;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Watches a content pack folder, and every folder in it at any depth, while the app runs. When
 * files change and then stay still for a moment (so a half-saved file is not read), it says so
 * once. Folders created, deleted or renamed while it runs are followed; editors that save by
 * writing a temporary file and renaming it are seen like any other save. Nothing stops it but
 * {@link #close()}: a failure is logged and the watch goes on.
 */
final class PackWatcher implements PackChanges {
    private static final System.Logger LOG = System.getLogger(PackWatcher.class.getName());

    private final Path folder;
    private final Duration settle;
    private final Runnable onChange;
    private final WatchService watcher;
    private final Thread thread;
    private volatile boolean closed;

    /** Starts watching; {@code onChange} runs on the watcher's own thread after each settled change. */
    PackWatcher(Path folder, Duration settle, Runnable onChange) throws IOException {
        this.folder = folder;
        this.settle = settle;
        this.onChange = onChange;
        this.watcher = FileSystems.getDefault().newWatchService();
        registerFolders();
        this.thread = DaemonThreads.named("content-pack-watcher").newThread(this::watch);
        thread.start();
    }

    /**
     * The pack folder and every folder below it. Registering a folder twice is harmless; a folder
     * that vanishes during the walk is skipped (its parent's events will say what happened).
     */
    private void registerFolders() {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    try {
                        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
                                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
                    } catch (IOException e) {
                        LOG.log(System.Logger.Level.DEBUG, "not watching " + dir + ": " + e);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // gone since it was listed
                }
            });
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                LOG.log(System.Logger.Level.WARNING, "cannot list the folders of " + folder + ": " + e);
            }
        }
    }

    private void watch() {
        while (!closed) {
            try {
                drain(watcher.take());
                // wait until the editor has finished writing: no more events for `settle`
                WatchKey more;
                while ((more = watcher.poll(settle.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                registerFolders(); // folders created since (content/ru/, say) are watched too
                onChange.run();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return; // closed
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "a change in " + folder + " could not be taken in; still watching", e);
            }
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset(); // false for a folder that is gone: nothing more comes from it, which is right
    }

    @Override
    public void close() {
        closed = true;
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the watch on " + folder + ": " + e.getMessage());
        }
        thread.interrupt();
    }
}
