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
