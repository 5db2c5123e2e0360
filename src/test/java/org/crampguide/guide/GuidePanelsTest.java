package org.crampguide.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    @Test
    void aMuscleOpensWithWhatToDoNowThenWhenToGetHelpThenCausesSymptomsAndPreventionAndFoldsTheRest() {
        List<Panel> screen = panels.forMuscle(content.muscles().get(0));
        assertEquals(List.of(PanelKind.FIRST_AID, PanelKind.SEE_A_DOCTOR, PanelKind.CAUSES, PanelKind.SYMPTOMS,
                PanelKind.PREVENTION), kinds(screen.stream().filter(Panel::expanded).toList()));
        assertEquals(List.of(PanelKind.NUTRITION, PanelKind.FIRST_STEPS, PanelKind.ABOUT, PanelKind.SOURCES),
                kinds(screen.stream().filter(p -> !p.expanded()).toList()));
        assertEquals(kinds(screen.subList(0, 5)), kinds(screen.stream().filter(Panel::expanded).toList()),
                "the open panels come first");
    }

    @Test
    void longPanelsLeadWithWhatIsTheMusclesOwnAndKeepTheRestBehindMore() {
        Muscle calves = content.muscle("calves").orElseThrow();
        List<Panel> screen = panels.forMuscle(calves);
        Panel causes = screen.get(2);
        Panel prevention = screen.get(4);
        assertEquals(1, causes.shownFirst());
        assertTrue(causes.hasMore());
        assertEquals(calves.triggers(), causes.sections().get(0).items());
        assertEquals(calves.prevention(), prevention.sections().get(0).items());
        assertTrue(prevention.hasMore());
    }

    @Test
    void whatToDoNowGivesTheSitesCallNowSignsThenChecksForATearThenGivesTheMusclesOwnStretch() {
        for (Muscle muscle : content.muscles()) {
            Panel firstAid = panels.forMuscle(muscle).get(0);
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
            assertNull(firstAid.note(), "nothing between the stretch and the red flags: the player says how long");
            Panel allSteps = panels.forMuscle(muscle).stream().filter(p -> p.kind() == PanelKind.FIRST_STEPS)
                    .findFirst().orElseThrow();
            assertEquals(content.guide().firstAid().steps(), allSteps.sections().get(0).items(), "one tap away");
            assertTrue(allSteps.note().contains(muscle.stretch().hold()), "how to hold, one tap away");
            assertTrue(allSteps.note().contains(muscle.stretch().notEased()), "what if it has not eased, one tap away");
        }
    }

    @Test
    void everyMuscleShowsItsOwnCrampOrTearCheckAndNeverTheGeneralOne() {
        for (Muscle muscle : content.muscles()) {
            assertTrue(muscle.crampOrTear() != null, muscle.id() + " has no cramp-or-tear check of its own");
            Panel.Section check = panels.forMuscle(muscle).get(0).sections().get(1);
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
    void causesLeadWithTheMusclesTriggersThenEveryGeneralCause() {
        Muscle hamstrings = content.muscle("hamstrings").orElseThrow();
        Panel causes = panels.forMuscle(hamstrings).get(2);
        assertEquals(hamstrings.triggers(), causes.sections().get(0).items());
        assertEquals(1 + content.guide().causes().size(), causes.sections().size());
        assertEquals(content.guide().causes().get(0).title(), causes.sections().get(1).heading());
    }

    @Test
    void preventionIncludesTheMusclesStretch() {
        Muscle calves = content.muscle("calves").orElseThrow();
        List<Item> prevention = items(panels.forMuscle(calves).get(4));
        assertTrue(prevention.containsAll(calves.prevention()));
        assertTrue(prevention.containsAll(calves.stretch().steps()));
        assertTrue(prevention.containsAll(content.guide().prevention().items()));
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
    void sectionHeadingsUseTheMusclesName() {
        Muscle feet = content.muscle("feet").orElseThrow();
        List<Panel> screen = panels.forMuscle(feet);
        for (String heading : List.of(screen.get(4).sections().get(0).heading(), screen.get(4).sections().get(1).heading())) {
            assertTrue(heading.contains(feet.name().toLowerCase(java.util.Locale.ROOT)), heading);
        }
        assertNull(screen.get(0).sections().get(3).heading(), "what to do now: the pictures and the timer say it");
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
