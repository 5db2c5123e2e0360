package org.crampguide.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.crampguide.content.BundledPack;
import org.crampguide.content.DirectoryPack;
import org.crampguide.content.EditedPack;
import org.crampguide.content.Language;
import org.crampguide.content.Problem;
import org.crampguide.library.ContentSource;
import org.crampguide.library.GuideLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide follows its pack: a save in the folder, or staff's Reload, goes through one read. */
class LiveContentTest {
    private static final String MUSCLES = "content/en/muscles.json";
    private static final Instant NOON = Instant.parse("2026-06-01T12:00:00Z");

    @TempDir
    Path folder;
    private final BlockingQueue<GuideLibrary> shown = new LinkedBlockingQueue<>();
    private final BlockingQueue<List<Problem>> kept = new LinkedBlockingQueue<>();
    private final LiveContent.Shown screen = new LiveContent.Shown() {
        @Override
        public void replaceLibrary(GuideLibrary library) {
            shown.add(library);
        }

        @Override
        public void keepContentDespite(List<Problem> problems) {
            kept.add(problems);
        }
    };

    private ContentSource source() throws Exception {
        Files.createDirectories(folder.resolve("content/en"));
        return new ContentSource(DirectoryPack.over(folder, new BundledPack()), Clock.fixed(NOON, ZoneOffset.UTC));
    }

    private void save(String text) throws Exception {
        Path temp = folder.resolve(MUSCLES + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, folder.resolve(MUSCLES), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String calvesRenamed(String name) {
        return new EditedPack().text(MUSCLES).replace("\"name\": \"Calves\"", "\"name\": \"" + name + "\"");
    }

    @Test
    void aGoodSaveInTheFolderReplacesTheGuide() throws Exception {
        try (LiveContent live = new LiveContent(source(), screen, Runnable::run).watch(Duration.ofMillis(150))) {
            save(calvesRenamed("Calf muscles"));
            GuideLibrary library = shown.poll(20, TimeUnit.SECONDS);
            assertNotNull(library, "the change was never picked up");
            assertEquals("Calf muscles", library.in(Language.ENGLISH).content().muscle("calves").orElseThrow().name());
            assertTrue(kept.isEmpty());
        }
    }

    @Test
    void aBadSaveKeepsTheLastGoodGuideAndSaysWhy() throws Exception {
        try (LiveContent live = new LiveContent(source(), screen, Runnable::run).watch(Duration.ofMillis(150))) {
            save(new EditedPack().text(MUSCLES).replace("\"name\": \"Calves\",", "\"name\": \"Calves\" \"oops\","));
            List<Problem> problems = kept.poll(20, TimeUnit.SECONDS);
            assertNotNull(problems, "the change was never picked up");
            assertEquals(1, problems.size(), problems.toString());
            assertEquals(folder.resolve(MUSCLES).toAbsolutePath().toString(), problems.get(0).file());
            assertTrue(problems.get(0).message().startsWith("not valid JSON"));
            assertTrue(shown.isEmpty(), "no half-read content is handed over");
        }
    }

    @Test
    void reloadReadsThePackAgainOffTheCallersThreadAndRecordsWhenAndWhat() throws Exception {
        ContentSource source = source();
        assertTrue(source.read().library().isPresent());
        String before = source.loaded().fingerprint();
        Files.writeString(folder.resolve(MUSCLES), calvesRenamed("Lower legs"), StandardCharsets.UTF_8);
        Thread caller = Thread.currentThread();
        BlockingQueue<Thread> readOn = new LinkedBlockingQueue<>();
        try (LiveContent live = new LiveContent(source, screen, task -> {
            readOn.add(Thread.currentThread());
            task.run();
        })) {
            live.reload();
            GuideLibrary library = shown.poll(20, TimeUnit.SECONDS);
            assertNotNull(library, "Reload never showed the new content");
            assertEquals("Lower legs", library.in(Language.ENGLISH).content().muscle("calves").orElseThrow().name());
            assertNotEquals(caller, readOn.take(), "the pack is read on a thread of its own");
        }
        assertEquals(NOON, source.loaded().at());
        assertNotEquals(before, source.loaded().fingerprint(), "a changed file changes the fingerprint");
        assertEquals(12, source.loaded().fingerprint().length());
    }

    @Test
    void theSameFilesGiveTheSameFingerprint() throws Exception {
        ContentSource source = source();
        source.read();
        String first = source.loaded().fingerprint();
        source.read();
        assertEquals(first, source.loaded().fingerprint());
        assertEquals("bundled", new ContentSource(new BundledPack(), Clock.systemUTC()).name());
        assertEquals(folder.toAbsolutePath().normalize().toString(), source.name());
    }
}
