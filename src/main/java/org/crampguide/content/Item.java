package org.crampguide.content;

import java.util.List;

/**
 * One piece of advice, cause, symptom or red flag: a short optional lead, the text itself, how
 * solid the evidence is and which sources back it. {@code rule}, only on a stretch's steps, marks
 * the step that carries one of the stretch's safety rules.
 */
public record Item(String title, String text, Evidence evidence, List<String> sources, StepRule rule) {
    public Item {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean hasTitle() {
        return title != null && !title.isBlank();
    }
}
