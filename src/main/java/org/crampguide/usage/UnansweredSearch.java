package org.crampguide.usage;

import java.util.function.Consumer;

/**
 * Follows one search box as a person types, and reports the words of a search that ended (the box
 * was cleared, a reset, a result opened) while it found nothing. Words typed on the way to a search
 * that did find something are never reported.
 */
public final class UnansweredSearch {
    private final Consumer<String> report;
    private String unanswered;

    public UnansweredSearch(Consumer<String> report) {
        this.report = report;
    }

    /** The query is now {@code query}, and it {@code found} something or not. */
    public void changed(String query, boolean found) {
        boolean ended = query == null || query.isBlank();
        if (ended) {
            if (unanswered != null) {
                report.accept(unanswered);
            }
            unanswered = null;
        } else {
            unanswered = found ? null : SearchWords.normalise(query);
        }
    }
}
