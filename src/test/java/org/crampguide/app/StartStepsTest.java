package org.crampguide.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StartStepsTest {
    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);

    private void after(long millis) {
        nanos.addAndGet(millis * 1_000_000);
    }

    @Test
    void theLaunchComesJustBeforeTheJvmsOwnStart() {
        Instant jvmStarted = Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        Instant launched = StartSteps.launched().orElseThrow();
        long apart = java.time.Duration.between(launched, jvmStarted).toMillis();
        // /proc counts in 10 ms ticks; a launch takes well under 400 ms to reach the JVM's start
        assertTrue(apart > -50 && apart < 400, "launched " + launched + ", the JVM started " + jvmStarted + ": " + apart + " ms");
    }

    @Test
    void eachStepCountsFromTheOneBeforeAndTheLineAddsThemUp() {
        StartSteps steps = new StartSteps(Optional.empty(), nanos.get(), nanos::get);
        after(40);
        steps.done("options");
        after(700);
        steps.done("content read and checked");
        after(260);
        steps.done("first frame laid out");
        assertEquals(List.of(new StartSteps.Step("options", 40), new StartSteps.Step("content read and checked", 700),
                new StartSteps.Step("first frame laid out", 260)), steps.steps());
        assertEquals("start-up: options 40 ms · content read and checked 700 ms · first frame laid out 260 ms · total 1,000 ms",
                steps.line());
    }

    @Test
    void theTimeBeforeMainIsTheFirstStepWhenTheSystemKnowsTheLaunch() {
        StartSteps steps = new StartSteps(Optional.of(Instant.now().minusMillis(300)), nanos.get(), nanos::get);
        after(100);
        steps.done("options");
        StartSteps.Step jvm = steps.steps().get(0);
        assertEquals("JVM", jvm.name());
        assertTrue(jvm.millis() >= 250 && jvm.millis() <= 1_000, "about 300 ms before main: " + jvm.millis());
        assertTrue(steps.line().startsWith("start-up: JVM "), steps.line());
        long total = Long.parseLong(steps.line().replaceAll(".*total ([0-9,]+) ms", "$1").replace(",", ""));
        assertEquals(jvm.millis() + 100, total, 1, steps.line());
    }
}
