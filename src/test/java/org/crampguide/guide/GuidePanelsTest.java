package org.crampguide.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.crampguide.content.BundledPack;
import org.crampguide.content.Urgency;
import org.crampguide.content.ContentLoader;
import org.crampguide.content.CrampOrTear;
import org.crampguide.content.Guide;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Item;
import org.crampguide.content.Muscle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How a muscle's own advice and the general guide come together in the panels. */
class GuidePanelsTest {
    private static GuideContent content;
    private static GuidePanels panels;

    @BeforeAll
    static void load() {
        content = new ContentLoader().load(new BundledPack(), new ArrayList<>()).orElseThrow().content();
        panels = new GuidePanels(content.guide(), ResourceBundle.getBundle("org.crampguide.app.messages"));
    }

    private static List<PanelKind> kinds(List<Panel> shown) {
        return shown.stream().map(Panel::kind).toList();
    }

    private static List<Item> items(Panel panel) {
        return panel.sections().stream().flatMap(s -> s.items().stream()).toList();
    }

    private Panel panel(Muscle muscle, PanelKind kind) {
        return panels.forMuscle(muscle).stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void underItsFlowAMuscleOpensWithItsOwnCausesSymptomsAndPreventionAndFoldsTheRest() {
        List<Panel> screen = panels.forMuscle(content.muscles().get(0));
        assertEquals(List.of(PanelKind.CAUSES, PanelKind.SYMPTOMS, PanelKind.PREVENTION),
                kinds(screen.stream().filter(Panel::expanded).toList()));
        assertEquals(List.of(PanelKind.FIRST_AID, PanelKind.SEE_A_DOCTOR, PanelKind.NUTRITION, PanelKind.FIRST_STEPS,
                PanelKind.ABOUT, PanelKind.SOURCES), kinds(screen.stream().filter(p -> !p.expanded()).toList()));
        assertEquals(kinds(screen.subList(0, 3)), kinds(screen.stream().filter(Panel::expanded).toList()),
                "the open panels come first");
    }

    @Test
    void theOpenPanelsHoldOnlyTheMusclesOwnItemsAndLeadToTheOverviewForTheRest() {
        for (Muscle muscle : content.muscles()) {
            Panel causes = panel(muscle, PanelKind.CAUSES);
            Panel symptoms = panel(muscle, PanelKind.SYMPTOMS);
            Panel prevention = panel(muscle, PanelKind.PREVENTION);
            assertEquals(muscle.triggers(), items(causes), muscle.id());
            assertEquals(muscle.crampOrTear().cramp(), symptoms.sections().get(0).intro(), "what its cramp feels like");
            assertEquals(muscle.prevention(), items(prevention), muscle.id());
            for (Panel own : List.of(causes, symptoms, prevention)) {
                assertTrue(own.linksToOverview(), own.kind() + ": More about cramps");
                assertEquals(1, own.sections().size(), own.kind() + ": no general section on a muscle's page");
            }
            for (Item general : content.guide().prevention().items()) {
                assertTrue(!items(prevention).contains(general), "the general prevention is on the overview");
            }
        }
    }

    @Test
    void whatToDoNowGivesTheSitesCallNowSignsThenChecksForATearThenGivesTheMusclesOwnStretch() {
        for (Muscle muscle : content.muscles()) {
            Panel firstAid = panel(muscle, PanelKind.FIRST_AID);
            CrampOrTear check = muscle.crampOrTear();
            Panel.Section callNow = firstAid.sections().get(0);
            assertEquals(Panel.Style.EMERGENCY, callNow.style(), muscle.id());
            assertEquals(content.guide().seeADoctor().emergencyTitle(), callNow.heading(), "names the number");
            assertEquals(check.callNow().stream().map(Item::title).toList(),
                    callNow.items().stream().map(Item::text).toList(), "each sign in its few words");
            assertEquals(Panel.Style.CHECK, firstAid.sections().get(1).style(), muscle.id());
            assertEquals(check.tearSigns(), firstAid.sections().get(1).items());
            assertEquals(check.instead(), firstAid.sections().get(2).items());
            assertEquals(muscle.stretch().steps(), firstAid.sections().get(3).items());
            assertEquals(Panel.Style.STEPS, firstAid.sections().get(3).style());
            assertTrue(firstAid.note().contains(muscle.stretch().hold()), "how to hold, as text");
            assertTrue(firstAid.note().contains(muscle.stretch().notEased()), "what if it has not eased, as text");
            Panel allSteps = panel(muscle, PanelKind.FIRST_STEPS);
            assertEquals(content.guide().firstAid().steps(), allSteps.sections().get(0).items(), "one tap away");
        }
    }

    @Test
    void everyMuscleShowsItsOwnCrampOrTearCheckAndNeverTheGeneralOne() {
        for (Muscle muscle : content.muscles()) {
            assertTrue(muscle.crampOrTear() != null, muscle.id() + " has no cramp-or-tear check of its own");
            Panel.Section check = panel(muscle, PanelKind.FIRST_AID).sections().get(1);
            assertEquals(muscle.crampOrTear().title(), check.heading(), muscle.id() + ": its own check, after call-now");
            assertEquals(muscle.crampOrTear().tearSigns(), check.items(), muscle.id());
            List<Item> shown = panels.forMuscle(muscle).stream().flatMap(p -> p.sections().stream())
                    .flatMap(s -> s.items().stream()).toList();
            for (Item general : content.guide().crampOrTear().tearSigns()) {
                assertTrue(!shown.contains(general), muscle.id() + " shows the general sign " + general.title());
            }
        }
    }

    @Test
    void theOverviewAlsoChecksForATearBeforeTheSteps() {
        Panel firstAid = panels.overview().get(0);
        assertEquals(content.guide().crampOrTear().tearSigns(), firstAid.sections().get(0).items());
        assertEquals(content.guide().firstAid().steps(), firstAid.sections().get(2).items());
    }

    @Test
    void sourcesSayWhichRevisionTheContentIsAndWhenItIsNextReviewed() {
        org.crampguide.content.ContentReview review = content.guide().review();
        for (List<Panel> screen : List.of(panels.overview(), panels.forMuscle(content.muscles().get(0)))) {
            Panel sources = screen.stream().filter(p -> p.kind() == PanelKind.SOURCES).findFirst().orElseThrow();
            assertEquals("Content " + review.contentVersion() + ", reviewed " + review.lastReviewed() + " ("
                    + review.reviewer() + "); next review " + review.nextReview(), sources.note());
        }
    }

    @Test
    void theStretchsHeadingUsesTheMusclesName() {
        Muscle feet = content.muscle("feet").orElseThrow();
        String heading = panel(feet, PanelKind.FIRST_AID).sections().get(3).heading();
        assertTrue(heading.contains(feet.name().toLowerCase(java.util.Locale.ROOT)), heading);
    }

    @Test
    void whenToSeeADoctorPutsEmergenciesFirstWhateverOrderTheyAreGivenIn() {
        Guide g = content.guide();
        List<Guide.RedFlagGroup> reversed = new ArrayList<>(g.seeADoctor().groups());
        java.util.Collections.reverse(reversed); // the checker refuses this order in a pack; the screen must not rely on it
        Guide backwards = new Guide(g.schema(), g.emergencyNumber(), g.tellStaff(), g.review(), g.overview(), g.atRisk(), g.causes(),
                g.symptoms(), g.crampOrTear(), g.firstAid(), g.prevention(), g.nutrition(),
                new Guide.SeeADoctor(reversed, g.seeADoctor().atTheDoctor()), g.myths(), g.disclaimer(), g.sources());
        assertEquals(Urgency.SOON, backwards.seeADoctor().groups().get(0).urgency());

        Panel doctor = new GuidePanels(backwards, ResourceBundle.getBundle("org.crampguide.app.messages"))
                .forMuscle(content.muscles().get(0)).stream().filter(p -> p.kind() == PanelKind.SEE_A_DOCTOR)
                .findFirst().orElseThrow();
        assertEquals(List.of(Panel.Style.EMERGENCY, Panel.Style.SAME_DAY, Panel.Style.SOON),
                doctor.sections().stream().map(Panel.Section::style).filter(style -> style != Panel.Style.LIST)
                        .distinct().toList());
    }

    @Test
    void theOverviewOpensWithWhatToDoNowThenWhenToGetHelpThenWhoIsAtRiskAndTheMyths() {
        List<Panel> overview = panels.overview();
        assertEquals(List.of(PanelKind.FIRST_AID, PanelKind.SEE_A_DOCTOR, PanelKind.AT_RISK, PanelKind.MYTHS),
                kinds(overview.stream().filter(Panel::expanded).toList()));
        assertEquals(content.guide().atRisk().items(), items(overview.get(2)));
        assertEquals(content.guide().myths(), overview.get(3).myths());
    }

    @Test
    void theRestOfTheGeneralGuideAndTheSourcesWaitFoldedInTheOverview() {
        List<Panel> folded = panels.overview().stream().filter(p -> !p.expanded()).toList();
        assertEquals(List.of(PanelKind.CAUSES, PanelKind.SYMPTOMS, PanelKind.PREVENTION, PanelKind.NUTRITION,
                PanelKind.SOURCES), kinds(folded));
        assertEquals(content.guide().sources(), folded.get(4).sources());
        assertEquals(content.guide().nutrition().items(), items(folded.get(3)));
    }
}
