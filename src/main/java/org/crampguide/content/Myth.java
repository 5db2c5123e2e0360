package org.crampguide.content;

import java.util.List;

/** A popular claim about cramps and what the references actually say about it. */
public record Myth(String id, String claim, Verdict verdict, String explanation, List<String> sources) {
    public Myth {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
