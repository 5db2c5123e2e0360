package org.crampguide.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How quickly a red flag needs help, most urgent first. */
public enum Urgency {
    @JsonProperty("emergency") EMERGENCY,
    @JsonProperty("same-day") SAME_DAY,
    @JsonProperty("soon") SOON;

    /** The urgency as content files write it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
