package org.crampguide.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a popular claim holds up. */
public enum Verdict {
    @JsonProperty("myth") MYTH,
    @JsonProperty("partly-true") PARTLY_TRUE,
    @JsonProperty("fact") FACT
}
