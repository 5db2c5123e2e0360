package org.crampguide.testing;

import java.util.function.LongSupplier;

/** Milliseconds that pass only when a test says so. */
public final class FakeClock implements LongSupplier {
    private long now = 1_000_000;

    @Override
    public long getAsLong() {
        return now;
    }

    public void advance(long millis) {
        now += millis;
    }
}
