package org.crampguide.guide;

import java.util.List;
import org.crampguide.content.Myth;
import org.crampguide.content.Source;

/**
 * One panel of the detail area (Causes, What to do now, ...), made of titled sections; the Myth or
 * fact and Sources panels carry their cards instead. {@code expanded} is whether it opens unfolded; {@code linksToOverview}, whether it ends in "More
 * about cramps".
 */
public record Panel(PanelKind kind, List<Section> sections, String note, boolean expanded,
        List<Myth> myths, List<Source> sources, boolean linksToOverview) {
    public Panel {
        sections = List.copyOf(sections);
        myths = List.copyOf(myths);
        sources = List.copyOf(sources);
    }

    /** A panel of cards (myths, sources), all shown. */
    public Panel(PanelKind kind, List<Section> sections, String note, boolean expanded, List<Myth> myths,
            List<Source> sources) {
        this(kind, sections, note, expanded, myths, sources, false);
    }

    /** An unfolded panel of sections. */
    public Panel(PanelKind kind, List<Section> sections, String note) {
        this(kind, sections, note, true, List.of(), List.of());
    }

    /** The same panel, folded until a person (or a search result) opens it. */
    public Panel folded() {
        return new Panel(kind, sections, note, false, myths, sources, linksToOverview);
    }

    /** The same panel ending in "More about cramps", which opens this panel on the overview (a muscle's page). */
    public Panel linkingToOverview() {
        return new Panel(kind, sections, note, expanded, myths, sources, true);
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

    /** How a section is presented; {@code CHECK} is the cramp-or-tear check that comes before any stretch. */
    public enum Style { LIST, STEPS, EMERGENCY, SAME_DAY, SOON, CHECK }
}
