package org.crampguide.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crampguide.content.BundledPack;
import org.crampguide.content.ContentLoader;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Finding things in the guide by the words a person in a gym would type. */
class GuideSearchTest {
    private static GuideSearch english;
    private static GuideSearch russian;

    @BeforeAll
    static void index() {
        english = new GuideSearch(load(Language.ENGLISH));
        russian = new GuideSearch(load(Language.RUSSIAN));
    }

    private static GuideContent load(Language language) {
        return new ContentLoader().load(new BundledPack(), language, new ArrayList<>()).orElseThrow().content();
    }

    private static List<GuideSearch.Hit> find(String query) {
        return english.find(query);
    }

    @Test
    void nightFindsNightCrampsInTheCalvesAndTheGeneralGuide() {
        List<GuideSearch.Hit> hits = find("night");
        assertTrue(hits.stream().anyMatch(h -> "calves".equals(h.muscleId())), hits.toString());
        assertTrue(hits.stream().anyMatch(h -> h.muscleId() == null), hits.toString());
        hits.forEach(h -> assertTrue(h.text().toLowerCase().contains("night") || (h.muscleName() != null
                && h.muscleName().toLowerCase().contains("night")), h.text()));
    }

    @Test
    void magnesiumLeadsToNutrition() {
        assertTrue(find("magnesium").stream().anyMatch(h -> h.panel() == PanelKind.NUTRITION), find("magnesium").toString());
    }

    @Test
    void theStartOfAWordIsEnough() {
        List<GuideSearch.Hit> hits = find("pregnan");
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().anyMatch(h -> h.panel() == PanelKind.AT_RISK), hits.toString());
    }

    @Test
    void calfFindsTheCalvesFirst() {
        List<GuideSearch.Hit> hits = find("calf");
        assertEquals("calves", hits.get(0).muscleId(), hits.toString());
    }

    @Test
    void caseAndWordOrderDoNotMatter() {
        assertEquals(find("warm up"), find("UP Warm"));
    }

    @Test
    void aSingleLetterOrNothingFindsNothing() {
        assertEquals(List.of(), find("a"));
        assertEquals(List.of(), find("   "));
        assertEquals(List.of(), find("xylophone"));
    }

    @Test
    void theRussianGuideIsSearchableInRussian() {
        assertTrue(russian.find("магни").stream().anyMatch(h -> h.panel() == PanelKind.NUTRITION));
        assertFalse(russian.find("ночь").isEmpty() && russian.find("ноч").isEmpty());
    }
}
