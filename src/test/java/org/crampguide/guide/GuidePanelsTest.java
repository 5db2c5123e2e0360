package org.crampguide.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crampguide.content.BundledPack;
import org.crampguide.content.EditedPack;
import org.crampguide.content.Urgency;
import org.crampguide.content.ContentLoader;
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
    void aMuscleOpensTheSixPanelsWithWhatToDoNowFirst() {
        assertEquals(List.of(PanelKind.FIRST_AID, PanelKind.CAUSES, PanelKind.SYMPTOMS, PanelKind.PREVENTION,
                PanelKind.NUTRITION, PanelKind.SEE_A_DOCTOR), kinds(panels.forMuscle(content.muscles().get(0))));
    }

    @Test
    void whatToDoNowGivesTheGeneralStepsThenTheMusclesOwnStretch() {
        for (Muscle muscle : content.muscles()) {
            Panel firstAid = panels.forMuscle(muscle).get(0);
            assertEquals(content.guide().firstAid().steps(), firstAid.sections().get(0).items());
            assertEquals(muscle.stretch().steps(), firstAid.sections().get(1).items());
            assertEquals(Panel.Style.STEPS, firstAid.sections().get(1).style());
            assertTrue(firstAid.note().contains(muscle.stretch().hold()));
        }
    }

    @Test
    void causesLeadWithTheMusclesTriggersThenEveryGeneralCause() {
        Muscle hamstrings = content.muscle("hamstrings").orElseThrow();
        Panel causes = panels.forMuscle(hamstrings).get(1);
        assertEquals(hamstrings.triggers(), causes.sections().get(0).items());
        assertEquals(1 + content.guide().causes().size(), causes.sections().size());
        assertEquals(content.guide().causes().get(0).title(), causes.sections().get(1).heading());
    }

    @Test
    void preventionIncludesTheMusclesStretch() {
        Muscle calves = content.muscle("calves").orElseThrow();
        List<Item> prevention = items(panels.forMuscle(calves).get(3));
        assertTrue(prevention.containsAll(calves.prevention()));
        assertTrue(prevention.containsAll(calves.stretch().steps()));
        assertTrue(prevention.containsAll(content.guide().prevention().items()));
    }

    @Test
    void sectionHeadingsUseTheMusclesName() {
        Muscle feet = content.muscle("feet").orElseThrow();
        String heading = panels.forMuscle(feet).get(0).sections().get(1).heading();
        assertTrue(heading.contains(feet.name().toLowerCase(java.util.Locale.ROOT)), heading);
    }

    @Test
    void whenToSeeADoctorPutsEmergenciesFirstWhateverOrderThePackWritesThemIn() throws Exception {
        ObjectMapper json = new ObjectMapper();
        EditedPack pack = new EditedPack();
        ObjectNode guide = (ObjectNode) json.readTree(pack.text("content/en/guide.json"));
        ArrayNode groups = (ArrayNode) guide.path("seeADoctor").path("groups");
        List<JsonNode> reversed = new ArrayList<>();
        groups.forEach(reversed::add);
        java.util.Collections.reverse(reversed);
        groups.removeAll();
        groups.addAll(reversed);
        pack.put("content/en/guide.json", json.writeValueAsBytes(guide));
        GuideContent backwards = new ContentLoader().load(pack, new ArrayList<>()).orElseThrow().content();
        assertEquals(Urgency.SOON, backwards.guide().seeADoctor().groups().get(0).urgency(), "the pack has them backwards");

        Panel doctor = new GuidePanels(backwards.guide(), ResourceBundle.getBundle("org.crampguide.app.messages"))
                .forMuscle(backwards.muscles().get(0)).stream().filter(p -> p.kind() == PanelKind.SEE_A_DOCTOR)
                .findFirst().orElseThrow();
        assertEquals(List.of(Panel.Style.EMERGENCY, Panel.Style.SAME_DAY, Panel.Style.SOON),
                doctor.sections().stream().map(Panel.Section::style).distinct().toList());
        assertEquals(backwards.guide().seeADoctor().groups().size(), doctor.sections().size());
    }

    @Test
    void theOverviewOpensWithWhatToDoNowWhoIsAtRiskWhenToGetHelpAndTheMyths() {
        List<Panel> overview = panels.overview();
        assertEquals(List.of(PanelKind.FIRST_AID, PanelKind.AT_RISK, PanelKind.SEE_A_DOCTOR, PanelKind.MYTHS),
                kinds(overview.stream().filter(Panel::expanded).toList()));
        assertEquals(content.guide().atRisk().items(), items(overview.get(1)));
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
