package org.crampguide.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Background threads never keep the app running after its window closes, and say what they do. */
class DaemonThreadsTest {

    @Test
    void threadsAreDaemonsWithTheirName() {
        Thread thread = DaemonThreads.named("speech").newThread(() -> { });
        assertTrue(thread.isDaemon(), "a background thread would keep the app running after its window closes");
        assertEquals("speech", thread.getName());
        assertEquals(Thread.NORM_PRIORITY, thread.getPriority());
    }

    @Test
    void aPoolNumbersItsThreads() {
        DaemonThreads pool = DaemonThreads.numbered("metrics-http");
        assertEquals("metrics-http-1", pool.newThread(() -> { }).getName());
        assertEquals("metrics-http-2", pool.newThread(() -> { }).getName());
    }

    @Test
    void lowPriorityThreadsStayOutOfTheScreensWay() {
        Thread thread = DaemonThreads.named("usage-writer").lowPriority().newThread(() -> { });
        assertEquals(Thread.MIN_PRIORITY, thread.getPriority());
        assertTrue(thread.isDaemon());
        assertEquals("usage-writer", thread.getName());
    }
}
