package org.crampguide.kiosk;

/**
 * The time the kiosk's timers run on: milliseconds from {@link System#nanoTime()}, which never
 * jumps when the wall clock is set. Pass {@code KioskClock::monotonicMillis} where a
 * {@code LongSupplier} of milliseconds is asked for; tests pass a fake.
 */
public final class KioskClock {
    private KioskClock() {
    }

    public static long monotonicMillis() {
        return System.nanoTime() / 1_000_000L;
    }
}
