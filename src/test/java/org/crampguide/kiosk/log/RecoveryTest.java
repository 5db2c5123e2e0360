package org.crampguide.kiosk.log;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A bug never leaves the kiosk on a stack trace: it is logged and the guide starts over. */
class RecoveryTest {
    record Entry(System.Logger.Level level, String message, Throwable thrown) {
    }

    /** A System.Logger that remembers what it was told, and can be made to fail. */
    static final class RecordingLogger implements System.Logger {
        final List<Entry> entries = new ArrayList<>();
        boolean broken;

        @Override
        public String getName() {
            return "recording";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            if (broken) {
                throw new IllegalStateException("disk full");
            }
            entries.add(new Entry(level, message, thrown));
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            log(level, bundle, format, (Throwable) null);
        }
    }

    private final RecordingLogger log = new RecordingLogger();
    private final AtomicInteger backToStart = new AtomicInteger();
    private final AtomicInteger ended = new AtomicInteger();

    @Test
    void runningOutOfMemoryEndsTheAppForTheServiceManagerInsteadOfCarryingOnBroken() {
        Recovery recovery = new Recovery(log, backToStart::incrementAndGet, ended::incrementAndGet);

        recovery.uncaughtException(new Thread("JavaFX Application Thread"), new OutOfMemoryError("Java heap space"));
        recovery.uncaughtException(new Thread("worker"), new StackOverflowError());

        assertEquals(2, ended.get(), "the app ends on each");
        assertEquals(0, backToStart.get(), "no attempt to carry on");
        assertEquals(0, recovery.count(), "not counted as recovered from");
        assertEquals(2, log.entries.size());
        assertTrue(log.entries.get(0).message().startsWith("Fatal error on thread \"JavaFX Application Thread\""),
                log.entries.get(0).message());
        assertTrue(log.entries.get(0).thrown() instanceof OutOfMemoryError);
    }

    @Test
    void anUncaughtErrorIsLoggedWithItsStackTraceAndTheGuideGoesBackToTheStart() {
        Recovery recovery = new Recovery(log, backToStart::incrementAndGet, ended::incrementAndGet);
        RuntimeException bug = new IllegalStateException("no such muscle");

        recovery.uncaughtException(new Thread("JavaFX Application Thread"), bug);

        assertEquals(1, backToStart.get());
        assertEquals(1, log.entries.size());
        Entry entry = log.entries.get(0);
        assertEquals(System.Logger.Level.ERROR, entry.level());
        assertSame(bug, entry.thrown());
        assertTrue(entry.message().contains("JavaFX Application Thread"), entry.message());
    }

    @Test
    void anErrorOnAnyThreadWithTheHandlerInstalledGoesBackToTheStart() throws InterruptedException {
        Recovery recovery = new Recovery(log, backToStart::incrementAndGet, ended::incrementAndGet);
        Thread worker = new Thread(() -> {
            throw new IllegalStateException("worker failed");
        }, "pack-watcher");
        worker.setUncaughtExceptionHandler(recovery);

        worker.start();
        worker.join(5_000);

        assertEquals(1, backToStart.get());
        assertEquals("worker failed", log.entries.get(0).thrown().getMessage());
    }

    @Test
    void errorsAreCountedForDiagnostics() {
        Recovery recovery = new Recovery(log, backToStart::incrementAndGet, ended::incrementAndGet);

        recovery.uncaughtException(Thread.currentThread(), new RuntimeException("one"));
        recovery.uncaughtException(Thread.currentThread(), new RuntimeException("two"));

        assertEquals(2, recovery.count());
        assertEquals(2, backToStart.get());
    }

    @Test
    void whenGoingBackFailsThatIsLoggedTooAndNothingIsThrown() {
        RuntimeException resetFailed = new IllegalStateException("no start screen");
        Recovery recovery = new Recovery(log, () -> {
            throw resetFailed;
        }, ended::incrementAndGet);

        assertDoesNotThrow(() -> recovery.uncaughtException(Thread.currentThread(), new RuntimeException("bug")));

        assertEquals(2, log.entries.size());
        assertSame(resetFailed, log.entries.get(1).thrown());
        assertEquals(1, recovery.count());
    }

    @Test
    void aLogThatCannotBeWrittenDoesNotStopTheGuideGoingBack() {
        log.broken = true;
        Recovery recovery = new Recovery(log, backToStart::incrementAndGet, ended::incrementAndGet);

        assertDoesNotThrow(() -> recovery.uncaughtException(Thread.currentThread(), new RuntimeException("bug")));

        assertEquals(1, backToStart.get());
    }
}
