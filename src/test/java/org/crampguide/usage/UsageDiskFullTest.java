package org.crampguide.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills and frees again: usage recording goes on by itself once there is room, with
 * the counts made meanwhile, and the database is kept (not moved aside as if it were damaged). On
 * a small tmpfs of its own (mounted as root; skipped where mounting is not allowed).
 */
class UsageDiskFullTest {
    @TempDir
    Path temp;
    private Path disk;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = Files.createDirectories(temp.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        assumeTrue(mount.waitFor() == 0, "a tmpfs can be mounted here");
    }

    @AfterEach
    void unmount() throws Exception {
        new ProcessBuilder("umount", "-l", disk.toString()).start().waitFor();
    }

    private static void fill(Path filler) {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // no space left on the device, as wanted
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long until = System.nanoTime() + 40_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    @Test
    void recordingResumesByItselfWhenTheDiskHasRoomAgain() throws Exception {
        Path file = disk.resolve("usage.db");
        try (BackgroundRecorder recorder = BackgroundRecorder.start(file, TestClock.berlin(), Duration.ofDays(400))) {
            recorder.record(Counter.SESSION, "");
            waitFor(() -> recorder.written() == 1, "the first count is written");

            Path filler = disk.resolve("filler");
            fill(filler);
            for (int i = 0; i < 200; i++) { // many distinct words: pages the full disk has no room for
                recorder.record(Counter.SEARCH_UNANSWERED, "word" + i + " " + "x".repeat(200));
            }
            Thread.sleep(2500);
            assertEquals(1, recorder.written(), "nothing more fits on the full disk");
            assertFalse(recorder.isOff(), "recording is not given up");

            Files.delete(filler);
            recorder.record(Counter.SESSION, "");
            waitFor(() -> recorder.written() == 202, "the kept counts and the new one, once there is room: "
                    + recorder.written());
        }
        try (UsageDatabase database = UsageDatabase.open(file)) {
            List<HourCount> rows = database.rows();
            assertEquals(2, rows.stream().filter(r -> r.counter().equals(Counter.SESSION.stored())).mapToLong(HourCount::count)
                    .sum());
        }
        try (var left = Files.list(disk)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains("broken")), "nothing moved aside");
        }
    }
}
