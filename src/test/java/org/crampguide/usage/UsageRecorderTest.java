package org.crampguide.usage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageRecorderTest {
    /** 14:00 in Berlin on 1 March 2025, the hour of the test clock. */
    private static final Instant HOUR = Instant.parse("2025-03-01T13:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(400);

    @TempDir
    Path folder;

    private final TestClock clock = TestClock.berlin();

    @Test
    void eventsArriveAndSurviveClosingAndReopening() throws Exception {
        Path file = folder.resolve("usage.db");
        try (BackgroundRecorder recorder = BackgroundRecorder.start(file, clock, RETENTION)) {
            recorder.record(Counter.SESSION);
            recorder.record(Counter.MUSCLE_OPENED, "calves");
            recorder.record(Counter.MUSCLE_OPENED, "calves");
            recorder.record(Counter.SEARCH_UNANSWERED, "  Night   CRAMP ");
            recorder.record(Counter.SEARCH_UNANSWERED, "   ");
        }
        assertEquals(List.of(new HourCount(HOUR, "muscle_opened", "calves", 2), new HourCount(HOUR, "search_unanswered",
                "night cramp", 1), new HourCount(HOUR, "session", "", 1)), rows(file));

        clock.advance(Duration.ofHours(1));
        try (BackgroundRecorder recorder = BackgroundRecorder.start(file, clock, RETENTION)) {
            recorder.record(Counter.SESSION);
            recorder.record(Counter.MUSCLE_OPENED, "calves");
        }
        List<HourCount> rows = rows(file);
        assertEquals(5, rows.size());
        assertEquals(new HourCount(HOUR.plus(Duration.ofHours(1)), "session", "", 1), rows.get(4));
    }

    @Test
    void aFileOfGarbageIsSetAsideAndANewOneWorks() throws Exception {
        Path file = folder.resolve("usage.db");
        byte[] garbage = "not a database at all; ".repeat(500).getBytes();
        Files.write(file, garbage);
        recordOneSession(file);
        assertEquals(List.of(new HourCount(HOUR, "session", "", 1)), rows(file));
        Path aside = folder.resolve("usage.db.broken-20250301-142000");
        assertArrayEquals(garbage, Files.readAllBytes(aside), "the broken file is kept aside, untouched");
    }

    @Test
    void aTruncatedFileIsSetAsideAndANewOneWorks() throws Exception {
        Path file = folder.resolve("usage.db");
        try (UsageDatabase database = UsageDatabase.open(file)) {
            List<HourCount> many = new ArrayList<>();
            for (int hour = 0; hour < 3000; hour++) {
                many.add(new HourCount(HOUR.minus(Duration.ofHours(hour)), "muscle_opened", "calves", 1));
            }
            database.add(many);
            database.checkpoint();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        recordOneSession(file);
        assertEquals(List.of(new HourCount(HOUR, "session", "", 1)), rows(file));
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("usage.db.broken-")));
        }
    }

    @Test
    void aFolderThatCannotBeMadeTurnsRecordingOffAndNothingElse() throws Exception {
        Path notAFolder = folder.resolve("state");
        Files.writeString(notAFolder, "a file where the folder should be");
        BackgroundRecorder recorder = BackgroundRecorder.start(notAFolder.resolve("usage.db"), clock, RETENTION);
        awaitOff(recorder);
        assertFalse(recorder.record(Counter.SESSION), "recording quietly does nothing");
        recorder.close();
    }

    @Test
    void aReadOnlyFolderDoesNotStopTheKiosk() throws Exception {
        Path readOnly = Files.createDirectory(folder.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(readOnly), "running as root: every folder can be written");
            BackgroundRecorder recorder = BackgroundRecorder.start(readOnly.resolve("usage.db"), clock, RETENTION);
            awaitOff(recorder);
            assertFalse(recorder.record(Counter.SESSION));
            recorder.close();
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aReadOnlyFileIsSetAsideAndANewOneStarted() throws Exception {
        Path file = folder.resolve("usage.db");
        try (UsageDatabase database = UsageDatabase.open(file)) {
            database.checkpoint();
        }
        Files.deleteIfExists(folder.resolve("usage.db-wal"));
        Files.deleteIfExists(folder.resolve("usage.db-shm"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeFalse(Files.isWritable(file), "running as root: every file can be written");
        recordOneSession(file);
        assertEquals(1, rows(file).size());
    }

    @Test
    void rowsOlderThanTheRetentionAreDeletedAtStartAndDaily() throws Exception {
        Path file = folder.resolve("usage.db");
        Instant now = clock.instant();
        try (UsageDatabase database = UsageDatabase.open(file)) {
            database.add(List.of(new HourCount(now.minus(Duration.ofDays(401)), "session", "", 1),
                    new HourCount(now.minus(Duration.ofDays(399)), "session", "", 2)));
        }
        BackgroundRecorder recorder = BackgroundRecorder.start(file, clock, RETENTION);
        recorder.record(Counter.SESSION);
        awaitWritten(recorder, 1);
        assertEquals(List.of(2L, 1L), rows(file).stream().map(HourCount::count).toList(), "401 days old: gone at start");

        clock.advance(Duration.ofDays(2));
        recorder.record(Counter.SESSION);
        awaitWritten(recorder, 2);
        recorder.close();
        assertEquals(List.of(1L, 1L), rows(file).stream().map(HourCount::count).toList(),
                "399 days old two days ago: gone with the daily clean-up");
    }

    @Test
    void aFullQueueDropsEventsInsteadOfWaiting() throws Exception {
        Path notAFolder = folder.resolve("state");
        Files.writeString(notAFolder, "x");
        try (BackgroundRecorder recorder = BackgroundRecorder.start(folder.resolve("usage.db"), clock, RETENTION)) {
            int taken = 0;
            for (int i = 0; i < BackgroundRecorder.QUEUE * 20; i++) {
                taken += recorder.record(Counter.PANEL_UNFOLDED, "label-" + i) ? 1 : 0;
            }
            assertTrue(taken >= BackgroundRecorder.QUEUE, "at least a queue's worth is taken: " + taken);
            recorder.close();
            assertEquals(taken, recorder.written() , "every event taken is written");
            assertEquals(BackgroundRecorder.QUEUE * 20 - taken, recorder.dropped());
        }
    }

    private void recordOneSession(Path file) {
        try (BackgroundRecorder recorder = BackgroundRecorder.start(file, clock, RETENTION)) {
            assertTrue(recorder.record(Counter.SESSION));
            awaitWritten(recorder, 1);
        }
    }

    static List<HourCount> rows(Path file) throws Exception {
        try (UsageDatabase database = UsageDatabase.open(file)) {
            return database.rows();
        }
    }

    static void awaitWritten(BackgroundRecorder recorder, long events) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (recorder.written() < events && System.nanoTime() < until) {
            sleep();
        }
        assertEquals(events, recorder.written(), "events written");
    }

    private static void awaitOff(BackgroundRecorder recorder) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!recorder.isOff() && System.nanoTime() < until) {
            sleep();
        }
        assertTrue(recorder.isOff(), "recording is off");
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

}
