package org.crampguide.guide;

import java.util.List;

/** One panel of the detail area (Causes, What to do now, ...), made of titled sections. */
public record Panel(PanelKind kind, List<Section> sections, String note) {
    public Panel {
        sections = List.copyOf(sections);
    }

    /**
     * A heading with an optional introduction and a list of items; {@code style} says how it is
     * shown (numbered steps, an emergency box, ...).
     */
    public record Section(String heading, String intro, List<org.crampguide.content.Item> items, Style style) {
        public Section {
            items = List.copyOf(items);
        }
    }

    /** How a section is presented. */
    public enum Style { LIST, STEPS, EMERGENCY, SAME_DAY, SOON }
}
