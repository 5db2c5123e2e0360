package org.crampguide.library;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gym's editor changes the pack folder while the app runs, in all the ways editors and people do. */
class PackWatcherTest {
    @TempDir
    Path folder;
    private final BlockingQueue<String> changes = new LinkedBlockingQueue<>();

    private PackWatcher watch() throws Exception {
        return new PackWatcher(folder, Duration.ofMillis(100), () -> changes.add("changed"));
    }

    private void assertChangeSeen(String what) throws InterruptedException {
        assertNotNull(changes.poll(20, TimeUnit.SECONDS), what + " was never seen");
        Thread.sleep(250); // let the settle window close, then forget whatever else that change stirred up
        changes.clear();
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void aSaveInAFolderAnyDepthDownIsSeen() throws Exception {
        Path deep = folder.resolve("content/en/extra/a/b/c/notes.json");
        write(deep, "{}");
        try (PackWatcher watcher = watch()) {
            write(deep, "{\"changed\": true}");
            assertChangeSeen("a save six folders down");
        }
    }

    @Test
    void anEditorThatSavesThroughATemporaryFileAndARenameIsSeen() throws Exception {
        Path file = folder.resolve("content/en/muscles.json");
        write(file, "{}");
        try (PackWatcher watcher = watch()) {
            Path temp = file.resolveSibling(".muscles.json.swp");
            Files.writeString(temp, "{\"muscles\": []}");
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertChangeSeen("a save by rename");
        }
    }

    @Test
    void foldersCreatedRenamedAndDeletedWhileRunningAreFollowed() throws Exception {
        Files.createDirectories(folder.resolve("content"));
        try (PackWatcher watcher = watch()) {
            Path ru = folder.resolve("content/ru/more");
            Files.createDirectories(ru);
            assertChangeSeen("a new folder");
            write(ru.resolve("guide.json"), "{}");
            assertChangeSeen("a file saved in a folder made after the start");

            Path renamed = folder.resolve("content/russian");
            Files.move(folder.resolve("content/ru"), renamed);
            assertChangeSeen("a folder renamed");
            write(renamed.resolve("more/guide.json"), "{\"x\": 1}");
            assertChangeSeen("a save in the renamed folder");

            deleteAll(renamed);
            assertChangeSeen("a folder deleted");
            write(folder.resolve("content/en/guide.json"), "{}");
            assertChangeSeen("a save after a folder was deleted");
        }
    }

    @Test
    void aFailureWhileTakingInAChangeIsLoggedAndTheWatchGoesOn() throws Exception {
        AtomicBoolean failNext = new AtomicBoolean(true);
        try (PackWatcher watcher = new PackWatcher(folder, Duration.ofMillis(100), () -> {
            changes.add("changed");
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("the reader failed");
            }
        })) {
            write(folder.resolve("guide.json"), "{}");
            assertChangeSeen("the first change");
            write(folder.resolve("guide.json"), "{\"again\": true}");
            assertChangeSeen("a change after the failure");
        }
    }

    @Test
    void afterClosingNothingMoreIsSeen() throws Exception {
        PackWatcher watcher = watch();
        watcher.close();
        write(folder.resolve("guide.json"), "{}");
        assertNull(changes.poll(1, TimeUnit.SECONDS));
    }

    private static void deleteAll(Path tree) throws Exception {
        try (Stream<Path> paths = Files.walk(tree)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
