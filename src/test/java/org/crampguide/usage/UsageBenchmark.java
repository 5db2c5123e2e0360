package org.crampguide.usage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures for docs/kiosk.md, on demand only:
 * {@code ./mvnw -q test -Dtest=UsageBenchmark -Dusage.bench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "usage.bench", matches = "true")
class UsageBenchmark {
    @TempDir
    Path folder;

    @Test
    void eventsPerSecondTheWriterSustains() throws Exception {
        run("kiosk-like labels (muscles, panels)", i -> "muscle-" + i % 6);
        run("every event a new row (distinct search words)", i -> "words " + i);
    }

    /** The calling thread's cost at a kiosk's pace (a few events a second, never a full queue). */
    @Test
    void timePerEventOnTheCallingThread() throws Exception {
        int events = 20_000;
        long[] nanos = new long[events];
        try (BackgroundRecorder recorder = BackgroundRecorder.start(folder.resolve("paced.db"), TestClock.berlin(),
                Duration.ofDays(400))) {
            for (int i = 0; i < events; i++) {
                long before = System.nanoTime();
                recorder.record(Counter.MUSCLE_OPENED, "calves");
                nanos[i] = System.nanoTime() - before;
                if (i % 500 == 0) {
                    Thread.sleep(5);
                }
            }
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("usage benchmark, calling thread at a kiosk's pace: median %,d ns, 99th percentile %,d ns,"
                + " worst %,d ns per record() call%n", nanos[events / 2], nanos[events * 99 / 100], nanos[events - 1]);
    }

    private void run(String kind, java.util.function.IntFunction<String> label) throws Exception {
        Path file = Files.createTempDirectory(folder, "bench").resolve("usage.db");
        int events = 400_000;
        long callNanos = 0;
        long started = System.nanoTime();
        BackgroundRecorder recorder = BackgroundRecorder.start(file, TestClock.berlin(), Duration.ofDays(400));
        for (int i = 0; i < events; i++) {
            String words = label.apply(i);
            long before = System.nanoTime();
            boolean taken = recorder.record(Counter.SEARCH_UNANSWERED, words);
            callNanos += System.nanoTime() - before;
            while (!taken) { // the benchmark waits for room; the kiosk would drop the event instead
                Thread.onSpinWait();
                before = System.nanoTime();
                taken = recorder.record(Counter.SEARCH_UNANSWERED, words);
                callNanos += System.nanoTime() - before;
            }
        }
        recorder.close();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("usage benchmark, %s: %,d events in %.2f s = %,.0f events/s written;"
                + " calling thread %.0f ns per record() call%n", kind, recorder.written(), seconds,
                recorder.written() / seconds, (double) callNanos / events);
        assertTrue(recorder.written() == events);
    }

    /** A year of a busy kiosk, 14 open hours a day, about 25 hourly rows in each: the file's size. */
    @Test
    void aYearOfHourlyRows() throws Exception {
        Path file = folder.resolve("year.db");
        ZoneId zone = ZoneId.of("Europe/Berlin");
        Random random = new Random(13);
        String[] muscles = {"calves", "hamstrings", "quadriceps", "feet", "forearms", "chest"};
        String[] panels = {"first-aid", "causes", "symptoms", "prevention", "nutrition", "see-a-doctor"};
        long rows = 0;
        try (UsageDatabase database = UsageDatabase.open(file)) {
            ZonedDateTime day = ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, zone);
            for (int d = 0; d < 365; d++, day = day.plusDays(1)) {
                List<HourCount> counts = new ArrayList<>();
                for (int hour = 7; hour < 21; hour++) {
                    Instant at = day.withHour(hour).toInstant();
                    for (Counter counter : List.of(Counter.SESSION, Counter.IDLE_RESET, Counter.CRAMPING_NOW,
                            Counter.EMERGENCY_SHOWN)) {
                        counts.add(new HourCount(at, counter.stored(), "", 1 + random.nextInt(9)));
                    }
                    for (String muscle : muscles) {
                        counts.add(new HourCount(at, Counter.MUSCLE_OPENED.stored(), muscle, 1 + random.nextInt(9)));
                        counts.add(new HourCount(at, Counter.HOLD_STARTED.stored(), muscle, 1 + random.nextInt(5)));
                    }
                    for (String panel : panels) {
                        counts.add(new HourCount(at, Counter.PANEL_UNFOLDED.stored(), panel, 1 + random.nextInt(5)));
                    }
                    counts.add(new HourCount(at, Counter.LANGUAGE_CHOSEN.stored(), "ru", 1));
                    for (int s = 0; s < 2; s++) {
                        counts.add(new HourCount(at, Counter.SEARCH_UNANSWERED.stored(),
                                "cramp words number " + random.nextInt(100_000), 1));
                    }
                }
                database.add(counts);
                rows += counts.size();
            }
            database.checkpoint();
        }
        System.out.printf("usage benchmark: a year of %,d hourly rows (%,d a day) takes %.2f MB%n", rows, rows / 365,
                Files.size(file) / 1e6);
        assertTrue(Files.size(file) < 5_000_000);
    }
}
