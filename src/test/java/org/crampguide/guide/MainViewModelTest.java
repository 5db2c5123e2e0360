package org.crampguide.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import org.crampguide.bodymap.Facing;
import org.crampguide.content.BundledPack;
import org.crampguide.content.Language;
import org.crampguide.library.GuideLibrary;
import org.crampguide.library.GuidePack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The main screen's state without a toolkit: the muscle chosen, the overview, the view of the body shown. */
class MainViewModelTest {
    private static GuidePack pack;
    private final MainViewModel model = new MainViewModel(pack);

    @BeforeAll
    static void readTheGuide() {
        pack = GuideLibrary.load(new BundledPack(), new ArrayList<>()).orElseThrow().in(Language.ENGLISH);
    }

    @Test
    void itOpensOnTheOverviewAndAMuscleChosenLeavesIt() {
        assertTrue(model.overviewShowing().get());
        model.select("calves");
        assertEquals("calves", model.selectedMuscleProperty().get().id());
        assertFalse(model.overviewShowing().get());
        model.showOverview();
        assertTrue(model.overviewShowing().get());
    }

    @Test
    void anUnknownMuscleGoesBackToTheOverviewInsteadOfKeepingTheLastOne() {
        model.select("calves");
        model.select("elbows");
        assertNull(model.selectedMuscleProperty().get());
        assertTrue(model.overviewShowing().get());
    }

    @Test
    void aMuscleDrawnOnlyOnTheBackTurnsTheSingleViewToTheBackAndAFrontOneBack() {
        assertEquals(Facing.FRONT, model.shownViewProperty().get());
        model.select("hamstrings");
        assertEquals(Facing.BACK, model.shownViewProperty().get(), "the hamstrings are drawn on the back only");
        model.select("quadriceps");
        assertEquals(Facing.FRONT, model.shownViewProperty().get(), "the quadriceps are drawn on the front only");
        model.select("calves");
        assertEquals(Facing.FRONT, model.shownViewProperty().get(), "a muscle the shown view has keeps it");
    }

    @Test
    void aSearchResultChoosesItsMuscleThroughTheSameModel() {
        model.search().show("forearms", PanelKind.CAUSES);
        assertEquals("forearms", model.selectedMuscleProperty().get().id());
        model.search().show(null, null);
        assertTrue(model.overviewShowing().get());
    }
}
