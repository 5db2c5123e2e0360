package org.crampguide.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crampguide.content.BundledPack;
import org.crampguide.content.ContentLoader;
import org.crampguide.content.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A search as the model holds it, without a toolkit: what is typed, what it finds, where a result leads. */
class SearchModelTest {
    private static GuideSearch index;
    private final List<String> selected = new ArrayList<>();
    private final List<SearchModel.Reveal> reveals = new ArrayList<>();
    private final SearchModel search;

    @BeforeAll
    static void readTheGuide() {
        index = new GuideSearch(new ContentLoader().load(new BundledPack(), Language.ENGLISH, new ArrayList<>())
                .orElseThrow().content());
    }

    SearchModelTest() {
        search = new SearchModel(index, selected::add);
        search.revealProperty().addListener((obs, old, reveal) -> reveals.add(reveal));
    }

    @Test
    void typingFindsResultsAndClearingEndsTheSearch() {
        assertFalse(search.searching());
        search.queryProperty().set("night");
        assertTrue(search.searching());
        assertEquals(index.find("night"), search.resultsProperty(), "what the index finds is what is listed");
        assertFalse(search.resultsProperty().isEmpty());
        search.clear();
        assertFalse(search.searching());
        assertTrue(search.resultsProperty().isEmpty());
        assertEquals(List.of(), selected, "typing selects nothing");
    }

    @Test
    void openingAResultGoesToItsMuscleBringsItsPanelIntoViewAndEndsTheSearch() {
        search.queryProperty().set("night");
        GuideSearch.Hit hit = search.resultsProperty().stream().filter(h -> "calves".equals(h.muscleId()) && h.panel() != null)
                .findFirst().orElseThrow();
        search.open(hit);
        assertEquals(List.of(hit.muscleId()), selected);
        assertEquals(hit.panel(), reveals.get(0).panel());
        assertEquals("", search.queryProperty().get());
        assertTrue(search.resultsProperty().isEmpty());
    }

    @Test
    void theSamePanelAskedForTwiceIsBroughtIntoViewTwice() {
        search.show("calves", PanelKind.NUTRITION);
        search.show("calves", PanelKind.NUTRITION);
        assertEquals(2, reveals.size(), "a person who scrolled away and asks again is taken back again");
        assertNotSame(reveals.get(0), reveals.get(1));
    }

    @Test
    void theOverviewWithoutAPanelRevealsNothing() {
        search.show(null, null);
        assertEquals(1, selected.size());
        assertNull(selected.get(0), "null is the overview");
        assertTrue(reveals.isEmpty());
    }
}
