package org.crampguide.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crampguide.usage.PanelWatch;
import org.junit.jupiter.api.Test;

/**
 * Which of a page's panels are open, without a toolkit: as they come, unfolded by a visitor
 * (counted), put back for the next visitor and revealed by a search (neither counted).
 */
class PagePanelsTest {
    private final List<String> unfolded = new ArrayList<>();
    private final PagePanels page;

    PagePanelsTest() {
        PanelWatch watch = new PanelWatch();
        watch.listen(unfolded::add);
        page = new PagePanels(List.of(panel(PanelKind.FIRST_AID), panel(PanelKind.CAUSES).folded(),
                panel(PanelKind.SEE_A_DOCTOR).folded()), watch);
    }

    private static Panel panel(PanelKind kind) {
        return new Panel(kind, List.of(), null);
    }

    @Test
    void panelsOpenOrFoldedAsTheyCome() {
        assertTrue(page.openProperty(PanelKind.FIRST_AID).get());
        assertFalse(page.openProperty(PanelKind.CAUSES).get());
        assertFalse(page.has(PanelKind.NUTRITION));
        assertThrows(IllegalArgumentException.class, () -> page.openProperty(PanelKind.NUTRITION));
    }

    @Test
    void aVisitorUnfoldingAPanelIsHeardFoldingIsNot() {
        page.openProperty(PanelKind.CAUSES).set(true); // what the pane does when it is tapped
        page.openProperty(PanelKind.SEE_A_DOCTOR).set(true);
        page.openProperty(PanelKind.CAUSES).set(false);
        page.openProperty(PanelKind.FIRST_AID).set(false);
        assertEquals(List.of("causes", "see-a-doctor"), unfolded);
    }

    @Test
    void startingOverPutsEveryPanelBackWithoutCountingIt() {
        page.openProperty(PanelKind.CAUSES).set(true);
        page.openProperty(PanelKind.FIRST_AID).set(false);
        unfolded.clear();
        page.startOver();
        assertTrue(page.openProperty(PanelKind.FIRST_AID).get(), "an open panel folded by a visitor opens again");
        assertFalse(page.openProperty(PanelKind.CAUSES).get());
        assertEquals(List.of(), unfolded, "the guide's own unfolding is nobody's choice");
        page.openProperty(PanelKind.CAUSES).set(true);
        assertEquals(List.of("causes"), unfolded, "after starting over a visitor's unfolding counts again");
    }

    @Test
    void aRevealedPanelOpensUncounted() {
        assertTrue(page.reveal(PanelKind.SEE_A_DOCTOR));
        assertTrue(page.openProperty(PanelKind.SEE_A_DOCTOR).get());
        assertFalse(page.reveal(PanelKind.NUTRITION), "a panel the page does not have");
        assertEquals(List.of(), unfolded);
    }

    @Test
    void aPageHasEachPanelOnce() {
        assertThrows(IllegalArgumentException.class,
                () -> new PagePanels(List.of(panel(PanelKind.CAUSES), panel(PanelKind.CAUSES)), new PanelWatch()));
    }
}
