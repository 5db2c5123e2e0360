package org.crampguide.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * How long each step of the start took, from the launch of the JVM to the guide's first frame: one
 * line in the log ("start-up: JVM 180 ms · options 40 ms · …"), for the performance page and for a
 * kiosk that starts slowly. Steps are marked in the order they finish; each counts from the one before.
 */
final class StartSteps {
    /** One finished step and how long it took. */
    record Step(String name, long millis) {
    }

    private final LongSupplier nanos;
    private final List<Step> steps = new ArrayList<>();
    private final long mainStarted;
    private final long beforeMain;
    private long last;

    /**
     * @param jvmLaunched when the JVM was launched, if the system says (the time before {@code main})
     * @param mainStarted {@code nanos} at the start of {@code main}
     */
    StartSteps(Optional<Instant> jvmLaunched, long mainStarted, LongSupplier nanos) {
        this.nanos = nanos;
        this.mainStarted = mainStarted;
        this.last = mainStarted;
        this.beforeMain = jvmLaunched.map(at -> Duration.between(at, Instant.now()).toNanos()
                - (nanos.getAsLong() - mainStarted)).filter(n -> n > 0).orElse(0L);
        if (beforeMain > 0) {
            steps.add(new Step("JVM", beforeMain / 1_000_000));
        }
    }

    /** The steps of this process, counted from the JVM's launch. */
    static StartSteps sinceLaunch(long mainStarted) {
        return new StartSteps(launched(), mainStarted, System::nanoTime);
    }

    /**
     * When this process was launched. On Linux from {@code /proc} to 10 ms: the process's start
     * and the time since boot, both in clock ticks ({@code ProcessHandle} adds the start to a boot
     * time in whole seconds, so its answer can be up to a second early). Elsewhere as the system says.
     */
    static Optional<Instant> launched() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double startedAfterBoot = Long.parseLong(fields[19]) / 100.0; // field 22, in USER_HZ: 100 on Linux
            double sinceBoot = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Optional.of(Instant.now().minusMillis(Math.round((sinceBoot - startedAfterBoot) * 1000)));
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant();
        }
    }

    /** Marks the end of a step. Safe from any thread; steps are kept in the order they end. */
    synchronized void done(String step) {
        long now = nanos.getAsLong();
        steps.add(new Step(step, (now - last) / 1_000_000));
        last = now;
    }

    /** When {@code main} began, in {@code System.nanoTime()}'s time. */
    long mainStarted() {
        return mainStarted;
    }

    synchronized List<Step> steps() {
        return List.copyOf(steps);
    }

    /** "start-up: JVM 180 ms · options 40 ms · … · total 2,310 ms". */
    synchronized String line() {
        StringBuilder line = new StringBuilder("start-up:");
        String separator = " ";
        for (Step step : steps) {
            line.append(separator).append(step.name()).append(' ').append(step.millis()).append(" ms");
            separator = " · ";
        }
        long total = (last - mainStarted + beforeMain) / 1_000_000;
        return line.append(separator).append(String.format(Locale.ROOT, "total %,d ms", total)).toString();
    }
}
