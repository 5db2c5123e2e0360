package org.crampguide.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageExportTest {
    @TempDir
    Path folder;

    @Test
    void theCsvHasOneRowPerHourCounterAndLabelWithTheCounts() throws Exception {
        TestClock clock = TestClock.berlin();
        Path file = folder.resolve("usage.db");
        try (BackgroundRecorder recorder = BackgroundRecorder.start(file, clock, Duration.ofDays(400))) {
            for (int i = 0; i < 3; i++) {
                recorder.record(Counter.SESSION);
            }
            recorder.record(Counter.MUSCLE_OPENED, "calves");
            recorder.record(Counter.SEARCH_UNANSWERED, "cramp, at night");
            UsageRecorderTest.awaitWritten(recorder, 5);
            clock.advance(Duration.ofHours(1));
            recorder.record(Counter.SESSION);
            recorder.record(Counter.SEARCH_UNANSWERED, "=1+1");
        }
        Path csv = folder.resolve("out/usage.csv");
        try (UsageDatabase database = UsageDatabase.open(file)) {
            assertEquals(5, UsageExport.write(database, csv, ZoneId.of("Europe/Berlin")));
        }
        assertEquals(List.of(
                "hour_start,counter,label,count",
                "2025-03-01T14:00:00+01:00,muscle_opened,calves,1",
                "2025-03-01T14:00:00+01:00,search_unanswered,\"cramp, at night\",1",
                "2025-03-01T14:00:00+01:00,session,,3",
                "2025-03-01T15:00:00+01:00,search_unanswered,\"'=1+1\",1",
                "2025-03-01T15:00:00+01:00,session,,1"), Files.readAllLines(csv));
        try (Stream<Path> left = Files.list(csv.getParent())) {
            assertEquals(List.of(csv), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void anExportReplacesTheOldFileWhole() throws Exception {
        Path csv = folder.resolve("usage.csv");
        Files.writeString(csv, "old contents that are much longer than the new ones".repeat(100));
        UsageExport.write(List.of(), csv, ZoneId.of("UTC"));
        assertEquals(List.of(UsageExport.HEADER), Files.readAllLines(csv));
    }

    @Test
    void wordsWithQuotesAreQuoted() {
        assertEquals("\"say \"\"cramp\"\"\"", UsageExport.field("say \"cramp\""));
        assertEquals("calves", UsageExport.field("calves"));
        assertTrue(UsageExport.field("@home").startsWith("\"'@"));
    }
}
