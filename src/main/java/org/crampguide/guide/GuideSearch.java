package org.crampguide.guide;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crampguide.content.CrampOrTear;
import org.crampguide.content.Guide;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Item;
import org.crampguide.content.Muscle;

/**
 * Finds muscles, symptoms, causes and advice anywhere in the guide. The index is built once from
 * content already in memory; a search is a scan of a few hundred short texts.
 */
public final class GuideSearch {
    /** Where a search result leads: a muscle (or the general guide when null) and a panel (or its top). */
    public record Hit(String muscleId, String muscleName, PanelKind panel, String text) {
    }

    private record Entry(Hit hit, String folded) {
    }

    public static final int MAX_RESULTS = 40;
    private final List<Entry> entries = new ArrayList<>();

    public GuideSearch(GuideContent content) {
        for (Muscle muscle : content.muscles()) {
            add(muscle, null, muscle.name());
            add(muscle, null, String.join(", ", muscle.anatomicalNames()));
            add(muscle, null, muscle.location());
            add(muscle, null, muscle.summary());
            if (muscle.hasWarning()) {
                add(muscle, null, muscle.warning().title() + ": " + muscle.warning().text());
            }
            if (muscle.crampOrTear() != null) {
                crampOrTear(muscle, muscle.crampOrTear());
            }
            items(muscle, PanelKind.CAUSES, muscle.triggers());
            items(muscle, PanelKind.FIRST_AID, muscle.stretch().steps());
            add(muscle, PanelKind.FIRST_AID, muscle.stretch().hold());
            items(muscle, PanelKind.PREVENTION, muscle.prevention());
        }
        Guide guide = content.guide();
        guide.overview().whatIsACramp().forEach(text -> add(null, null, text));
        add(null, null, guide.overview().whenTheyHappen());
        add(null, null, guide.overview().whereTheyStrike());
        crampOrTear(null, guide.crampOrTear());
        items(null, PanelKind.FIRST_AID, guide.firstAid().steps());
        items(null, PanelKind.AT_RISK, guide.atRisk().items());
        for (Guide.CauseGroup group : guide.causes()) {
            add(null, PanelKind.CAUSES, group.title() + ": " + group.summary());
            items(null, PanelKind.CAUSES, group.items());
        }
        items(null, PanelKind.SYMPTOMS, guide.symptoms().items());
        add(null, PanelKind.SYMPTOMS, guide.symptoms().warning());
        items(null, PanelKind.PREVENTION, guide.prevention().items());
        items(null, PanelKind.NUTRITION, guide.nutrition().items());
        guide.seeADoctor().groups().forEach(group -> items(null, PanelKind.SEE_A_DOCTOR, group.items()));
        if (guide.seeADoctor().atTheDoctor() != null) {
            add(null, PanelKind.SEE_A_DOCTOR, guide.seeADoctor().atTheDoctor());
        }
        guide.myths().forEach(myth -> add(null, PanelKind.MYTHS, myth.claim() + " " + myth.explanation()));
    }

    /**
     * What matches every word of the query (in any order, ignoring case and accents; a word may be
     * the start of a longer one: "pregnan"). Muscles come first, then the general guide.
     */
    public List<Hit> find(String query) {
        List<String> words = Arrays.stream(fold(query == null ? "" : query).split("\\s+"))
                .filter(word -> !word.isBlank()).toList();
        if (words.isEmpty() || String.join("", words).length() < 2) {
            return List.of();
        }
        Set<Hit> hits = new LinkedHashSet<>();
        for (Entry entry : entries) {
            if (words.stream().allMatch(entry.folded()::contains)) {
                hits.add(entry.hit());
                if (hits.size() == MAX_RESULTS) {
                    break;
                }
            }
        }
        return List.copyOf(hits);
    }

    private void crampOrTear(Muscle muscle, CrampOrTear check) {
        add(muscle, PanelKind.FIRST_AID, check.title() + ": " + check.cramp());
        items(muscle, PanelKind.FIRST_AID, check.tearSigns());
        items(muscle, PanelKind.FIRST_AID, check.instead());
    }

    private void items(Muscle muscle, PanelKind panel, List<Item> items) {
        for (Item item : items) {
            add(muscle, panel, item.hasTitle() ? item.title() + ": " + item.text() : item.text());
        }
    }

    private void add(Muscle muscle, PanelKind panel, String text) {
        Hit hit = new Hit(muscle == null ? null : muscle.id(), muscle == null ? null : muscle.name(), panel, text);
        entries.add(new Entry(hit, fold(text + (muscle == null ? "" : " " + muscle.name()))));
    }

    /** Lower case without accents, so "Calf", "calf" and "cálf" match alike. */
    static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
