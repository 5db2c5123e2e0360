package org.crampguide.app;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.crampguide.content.DirectoryPack;
import org.crampguide.content.Problem;

/**
 * Watches a content pack folder while the app runs. When files change (and then stay still for a
 * moment, so a half-saved file is not read), the whole pack is read and checked again off the UI
 * thread: a good pack is handed to {@code onGood}, a bad one's problems to {@code onBad}, and the
 * screen keeps the last good content.
 */
final class PackWatcher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PackWatcher.class.getName());

    private final DirectoryPack pack;
    private final Duration settle;
    private final Consumer<GuideLibrary> onGood;
    private final Consumer<List<Problem>> onBad;
    private final WatchService watcher;
    private final Thread thread;

    PackWatcher(DirectoryPack pack, Duration settle, Consumer<GuideLibrary> onGood, Consumer<List<Problem>> onBad)
            throws IOException {
        this.pack = pack;
        this.settle = settle;
        this.onGood = onGood;
        this.onBad = onBad;
        this.watcher = FileSystems.getDefault().newWatchService();
        registerFolders();
        this.thread = new Thread(this::watch, "content-pack-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** The pack folder and every folder in it (content/, content/en/, bodymap/, ...). */
    private void registerFolders() throws IOException {
        try (Stream<Path> folders = Files.walk(pack.folder(), 3)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                drain(key);
                // wait until the editor has finished writing: no more events for `settle`
                WatchKey more;
                while ((more = watcher.poll(settle.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                registerFolders(); // a folder created since (content/ru/, say) is watched too
                reload();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "stopped watching " + pack.folder() + ": " + e.getMessage());
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private void reload() {
        List<Problem> problems = new ArrayList<>();
        Optional<GuideLibrary> library = GuideLibrary.load(pack, problems);
        if (library.isPresent()) {
            onGood.accept(library.get());
        } else {
            onBad.accept(problems.stream().filter(Problem::isError).toList());
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
