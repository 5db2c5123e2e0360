package org.crampguide.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How well the references support a piece of advice or a cause. */
public enum Evidence {
    @JsonProperty("well-supported") WELL_SUPPORTED,
    @JsonProperty("mixed") MIXED,
    @JsonProperty("not-proven") NOT_PROVEN
}
