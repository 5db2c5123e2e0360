package org.crampguide.usage;

import java.time.Instant;
import java.util.Objects;

/** One row of the database: how often {@code counter} (with {@code label}) happened in the hour from {@code hourStart}. */
public record HourCount(Instant hourStart, String counter, String label, long count) {
    public HourCount {
        Objects.requireNonNull(hourStart, "hourStart");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(label, "label");
    }
}
