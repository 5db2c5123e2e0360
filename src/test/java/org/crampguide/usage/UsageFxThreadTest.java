package org.crampguide.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Recording from the JavaFX thread: it only hands events on; the database is touched by the writer alone. */
class UsageFxThreadTest {
    private static final int EVENTS = 5_000;

    @TempDir
    Path folder;

    @Test
    void theJavaFxThreadDoesNoDatabaseWork() throws Exception {
        FxToolkit.registerPrimaryStage();
        AtomicReference<BackgroundRecorder> started = new AtomicReference<>();
        long[] nanos = new long[EVENTS];
        String[] fxThread = new String[1];
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            fxThread[0] = Thread.currentThread().getName();
            // started on the FX thread, as the kiosk does: the file is still opened on the writer thread
            BackgroundRecorder recorder = BackgroundRecorder.start(folder.resolve("usage.db"), TestClock.berlin(),
                    Duration.ofDays(400));
            started.set(recorder);
            for (int i = 0; i < EVENTS; i++) {
                long before = System.nanoTime();
                recorder.record(Counter.MUSCLE_OPENED, i % 2 == 0 ? "calves" : "hamstrings");
                nanos[i] = System.nanoTime() - before;
            }
        });
        BackgroundRecorder recorder = started.get();
        recorder.close();
        assertEquals("JavaFX Application Thread", fxThread[0]);
        assertEquals(java.util.Set.of("usage-writer"), recorder.databaseThreads(),
                "only the writer thread touches the database, never " + fxThread[0]);
        assertEquals(EVENTS, recorder.written());
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long median = sorted[EVENTS / 2];
        long p99 = sorted[EVENTS * 99 / 100];
        assertTrue(median < 50_000, "a record() call takes " + median + " ns (median) on the JavaFX thread");
        assertTrue(p99 < 1_000_000, "a record() call takes " + p99 + " ns (99th percentile) on the JavaFX thread");
    }
}
