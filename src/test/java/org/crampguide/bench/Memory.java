package org.crampguide.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory figures for the benchmark: heap kept after a full GC, and the process's peak resident size. */
final class Memory {
    private Memory() {
    }

    static void print(String what) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("memory %s: retained heap %.1f MiB, peak resident %.1f MiB%n", what,
                retained / 1048576.0, peakResidentKiB() / 1024.0);
    }

    /** The heap in use after a full GC, in MiB. */
    static double heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    /**
     * "session app 10 min: peak resident 297.1 MiB; heap after GC 61.2 … 63.0 MiB (first 61.2, last 62.5,
     * 20 readings)": what {@code src/bench/bench.sh} compares. Each reading is {minutes, MiB}.
     */
    static String sessionLine(String what, double minutes, java.util.List<double[]> readings) {
        double low = readings.stream().mapToDouble(r -> r[1]).min().orElse(Double.NaN);
        double high = readings.stream().mapToDouble(r -> r[1]).max().orElse(Double.NaN);
        String each = readings.stream().map(r -> String.format(java.util.Locale.ROOT, "%.1f", r[1]))
                .collect(java.util.stream.Collectors.joining(" "));
        return String.format(java.util.Locale.ROOT, "session %s %.0f min: peak resident %.1f MiB; heap after GC %.1f"
                + " to %.1f MiB (first %.1f, last %.1f; every 30 s: %s)", what, minutes, peakResidentKiB() / 1024.0,
                low, high, readings.isEmpty() ? Double.NaN : readings.get(0)[1],
                readings.isEmpty() ? Double.NaN : readings.get(readings.size() - 1)[1], each);
    }

    /** VmHWM from /proc (Linux); -1 elsewhere. */
    static long peakResidentKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
