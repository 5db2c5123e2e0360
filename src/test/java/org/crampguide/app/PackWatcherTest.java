package org.crampguide.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.crampguide.content.BundledPack;
import org.crampguide.content.DirectoryPack;
import org.crampguide.content.EditedPack;
import org.crampguide.content.Language;
import org.crampguide.content.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A gym's editor saves a file in the pack folder while the app runs. */
class PackWatcherTest {
    private static final String MUSCLES = "content/en/muscles.json";

    @TempDir
    Path folder;
    private final BlockingQueue<GuideLibrary> good = new LinkedBlockingQueue<>();
    private final BlockingQueue<List<Problem>> bad = new LinkedBlockingQueue<>();

    private PackWatcher watch() throws Exception {
        Files.createDirectories(folder.resolve("content/en"));
        return new PackWatcher(DirectoryPack.over(folder, new BundledPack()), Duration.ofMillis(150), good::add, bad::add);
    }

    private void save(String text) throws Exception {
        Path file = folder.resolve(MUSCLES);
        Path temp = folder.resolve(MUSCLES + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aGoodChangeIsReadAndHandedOver() throws Exception {
        try (PackWatcher watcher = watch()) {
            save(new EditedPack().text(MUSCLES).replace("\"name\": \"Calves\"", "\"name\": \"Calf muscles\""));
            GuideLibrary library = good.poll(20, TimeUnit.SECONDS);
            assertNotNull(library, "the change was never picked up");
            assertEquals("Calf muscles", library.in(Language.ENGLISH).content().muscle("calves").orElseThrow().name());
            assertTrue(bad.isEmpty());
        }
    }

    @Test
    void aBadChangeReportsItsProblemsAndHandsOverNoContent() throws Exception {
        try (PackWatcher watcher = watch()) {
            save(new EditedPack().text(MUSCLES).replace("\"name\": \"Calves\",", "\"name\": \"Calves\" \"oops\","));
            List<Problem> problems = bad.poll(20, TimeUnit.SECONDS);
            assertNotNull(problems, "the change was never picked up");
            assertEquals(1, problems.size(), problems.toString());
            assertEquals(folder.resolve(MUSCLES).toAbsolutePath().toString(), problems.get(0).file());
            assertTrue(problems.get(0).message().startsWith("not valid JSON"));
            assertTrue(good.isEmpty(), "no half-read content is handed over");
        }
    }
}
