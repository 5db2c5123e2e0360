package org.crampguide.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A safety rule that a stretch step carries, so that it is shown wherever the steps are (never
 * only in a folded text): stop if the stretch makes it sharply worse, and, for a muscle that
 * opens with a warning, call for help if it does not ease.
 */
public enum StepRule {
    @JsonProperty("stop-if-worse") STOP_IF_WORSE("stop-if-worse"),
    @JsonProperty("call-if-not-eased") CALL_IF_NOT_EASED("call-if-not-eased");

    private final String label;

    StepRule(String label) {
        this.label = label;
    }

    /** The value as the content writes it. */
    public String label() {
        return label;
    }
}
