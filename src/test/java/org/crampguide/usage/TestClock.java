package org.crampguide.usage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A wall clock that moves only when a test says so. */
final class TestClock extends Clock {
    private volatile Instant now;
    private final ZoneId zone;

    TestClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** 1 March 2025, 14:20 in Berlin (UTC+1). */
    static TestClock berlin() {
        return new TestClock(Instant.parse("2025-03-01T13:20:00Z"), ZoneId.of("Europe/Berlin"));
    }

    void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
