package org.crampguide.kiosk;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.ObjectName;

/** What the soak reads of the heap: what is kept after garbage collection, and the largest classes. */
final class HeapReadings {
    private HeapReadings() {
    }

    /** Bytes in use after a few full collections (soft references go too: see the surefire settings). */
    static long retainedHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The heap's largest classes and the project's own, to show what is kept when the heap grows. */
    static String histogram() {
        try {
            String histo = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            List<String> lines = histo.lines().toList();
            return Stream.concat(lines.stream().limit(12), lines.stream().filter(l -> l.contains("crampguide")).limit(30))
                    .collect(Collectors.joining("\n"));
        } catch (JMException e) {
            return "(no histogram: " + e.getMessage() + ")";
        }
    }

    static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
