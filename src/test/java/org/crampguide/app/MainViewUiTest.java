package org.crampguide.app;

import static org.crampguide.app.UiTestSupport.insideOnScreen;
import static org.crampguide.app.UiTestSupport.showing;
import static org.crampguide.app.UiTestSupport.textIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Paint;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.crampguide.bodymap.Facing;
import org.crampguide.bodymap.MuscleRegion;
import org.crampguide.content.Guide;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Language;
import org.crampguide.content.Muscle;
import java.util.concurrent.TimeoutException;
import org.crampguide.library.GuideLibrary;
import org.crampguide.library.GuidePack;
import org.crampguide.testing.FxThreadErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main screen driven as a person would: clicks, taps and keys, on a wide desktop window. */
@ExtendWith({ApplicationExtension.class, FxThreadErrors.class})
class MainViewUiTest {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final List<String> PANELS = List.of("panel-first-aid", "panel-causes", "panel-symptoms",
            "panel-prevention", "panel-nutrition", "panel-see-a-doctor");

    private final CountingPack files = new CountingPack();
    private GuidePack pack;
    private GuideContent content;

    @AfterEach
    void closeEveryWindow() throws TimeoutException {
        FxToolkit.cleanupStages(); // pop-overs and the stage, so the next test starts clean
    }

    @Start
    void start(Stage stage) {
        GuideLibrary library = UiTestSupport.library(files);
        pack = library.in(Language.ENGLISH);
        content = pack.content();
        GuideOnScreen.applyTheme();
        guide = new GuideOnScreen(library, Language.ENGLISH);
        stage.setScene(guide.createScene(1800, 1000));
        stage.sizeToScene();
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    private GuideOnScreen guide;

    private static String title(FxRobot robot) {
        return robot.lookup("#detail-title").queryAs(Labeled.class).getText();
    }

    private static SVGPath region(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(SVGPath.class);
    }

    private List<SVGPath> allRegions(FxRobot robot) {
        return robot.lookup(".muscle-region").queryAllAs(SVGPath.class).stream().toList();
    }

    @Test
    void clickingEveryRegionOfEveryMuscleShowsThatMusclesTitleAndPanels(FxRobot robot) {
        for (Facing view : Facing.values()) {
            for (MuscleRegion region : pack.bodyMap().view(view).regions()) {
                Muscle muscle = content.muscle(region.muscleId()).orElseThrow();
                robot.clickOn(insideOnScreen(region(robot, region.id().toString())));
                assertEquals(muscle.name(), title(robot), "after clicking " + region.id());
                assertPanelsShow(robot, muscle);
            }
        }
    }

    private void assertPanelsShow(FxRobot robot, Muscle muscle) {
        for (String panel : PANELS) {
            Node node = robot.lookup("#" + panel).query();
            assertTrue(node.isVisible(), panel + " visible for " + muscle.id());
        }
        String flow = textIn(FirstAidFlowUiTest.shownNode(robot, "#first-aid-flow"));
        assertTrue(flow.contains(muscle.crampOrTear().callNow().get(0).title()), "its own call-now signs first: " + flow);
        assertContains(robot, "panel-causes", muscle.triggers().get(0).text());
        assertContains(robot, "panel-symptoms", muscle.crampOrTear().cramp());
        assertContains(robot, "panel-prevention", muscle.prevention().get(0).text());
    }

    @Test
    void theMuscleScreenGoesFlowThenItsOwnCausesSymptomsPreventionAndTheStretchIsTwoAnswersAway(FxRobot robot) {
        robot.interact(() -> guide.model().select("calves"));
        assertEquals("Calves", title(robot));
        Muscle calves = content.muscle("calves").orElseThrow();
        List<String> order = robot.lookup(".guide-panel").queryAllAs(TitledPane.class).stream()
                .filter(UiTestSupport::shown).filter(TitledPane::isExpanded).map(Node::getId).toList();
        assertEquals(List.of("panel-causes", "panel-symptoms", "panel-prevention"), order, "the open panels, top to bottom");
        Node flow = FirstAidFlowUiTest.shownNode(robot, "#first-aid-flow");
        assertTrue(flow.localToScene(0, 0).getY() < robot.lookup("#panel-causes").query().localToScene(0, 0).getY(),
                "the flow comes first");
        robot.clickOn(FirstAidFlowUiTest.shownNode(robot, "#flow-no"));
        robot.clickOn(FirstAidFlowUiTest.shownNode(robot, "#flow-no"));
        Node pictures = FirstAidFlowUiTest.shownNode(robot, "#flow-pictures");
        assertEquals(calves.stretch().pictures().size(), ((Parent) pictures).getChildrenUnmodifiable().size());
        assertTrue(robot.lookup("#stretch-calves-wall-lean").query().getBoundsInLocal().getHeight() > 100,
                "the picture is drawn large");
        assertTrue(textIn(flow).contains(calves.stretch().steps().get(0).text()));
    }

    @Test
    void foldedPanelsAreBuiltTheFirstTimeTheyAreOpenedAndMoreAboutCrampsOpensTheOverview(FxRobot robot) {
        robot.interact(() -> guide.model().select("hamstrings"));
        Guide guide = content.guide();
        TitledPane nutrition = robot.lookup("#panel-nutrition").queryAs(TitledPane.class);
        assertFalse(nutrition.isExpanded());
        assertEquals(0, ((Parent) nutrition.getContent()).getChildrenUnmodifiable().size(), "nothing built while folded");
        Scrolling.intoView(robot, nutrition);
        robot.clickOn(nutrition.lookup(".title"));
        assertTrue(nutrition.isExpanded());
        assertTrue(textIn(nutrition).contains(guide.nutrition().items().get(0).text()), "built when unfolded");

        String generalCause = guide.causes().get(0).items().get(0).text();
        assertFalse(textIn(robot.lookup("#panel-causes").query()).contains(generalCause), "the general text is on the overview");
        javafx.scene.control.Hyperlink more = (javafx.scene.control.Hyperlink) FirstAidFlowUiTest.shownNode(robot,
                "#more-panel-causes");
        assertEquals("More about cramps", more.getText());
        robot.interact(more::fire);
        assertEquals(guide.overview().title(), title(robot));
        TitledPane causes = (TitledPane) FirstAidFlowUiTest.shownNode(robot, "#panel-causes");
        assertTrue(causes.isExpanded());
        assertTrue(textIn(causes).contains(generalCause));
    }

    private static void assertContains(FxRobot robot, String panel, String... texts) {
        String shown = textIn(robot.lookup("#" + panel).query());
        for (String text : texts) {
            assertTrue(shown.contains(text), panel + " should show \"" + text + "\"");
        }
    }

    @Test
    void selectingAMuscleHighlightsAllItsRegionsOnBothSidesAndViewsAndNoOthers(FxRobot robot) {
        robot.clickOn(insideOnScreen(region(robot, "calves-back-left")));
        List<SVGPath> regions = allRegions(robot);
        Set<String> selected = Set.copyOf(regions.stream()
                .filter(r -> r.getPseudoClassStates().contains(SELECTED)).map(Node::getId).toList());
        Set<String> calves = Set.copyOf(regions.stream().map(Node::getId).filter(id -> id.startsWith("calves-")).toList());
        assertEquals(calves, selected);
        assertTrue(calves.containsAll(Set.of("calves-back-left", "calves-back-right", "calves-front-left", "calves-front-right")));
    }

    @Test
    void selectingMusclesReadsNoFiles(FxRobot robot) {
        int readsAtStart = files.reads();
        assertTrue(readsAtStart >= 4, "content and artwork were read at start-up");
        for (Muscle muscle : content.muscles()) {
            robot.clickOn("#muscle-button-" + muscle.id());
            assertEquals(muscle.name(), title(robot));
        }
        assertEquals(readsAtStart, files.reads());
    }

    @Test
    void aSelectedRegionLooksDifferentFromAnIdleOne(FxRobot robot) {
        SVGPath calf = region(robot, "calves-back-left");
        Paint idle = calf.getFill();
        robot.clickOn(insideOnScreen(region(robot, "hamstrings-back-left")));
        robot.moveTo(robot.lookup("#detail-title").queryAs(Node.class));
        assertEquals(idle, calf.getFill(), "an unselected region keeps its idle look");
        robot.clickOn(insideOnScreen(calf));
        robot.moveTo(robot.lookup("#detail-title").queryAs(Node.class));
        assertNotEquals(idle, calf.getFill(), "a selected region changes colour");
    }

    @Test
    void hoveringARegionChangesItsLook(FxRobot robot) {
        SVGPath quad = region(robot, "quadriceps-front-left");
        Paint idle = quad.getFill();
        robot.moveTo(insideOnScreen(quad));
        assertNotEquals(idle, quad.getFill());
    }

    @Test
    void everyRegionIsAFocusableToggleNamedForScreenReaders(FxRobot robot) {
        for (SVGPath region : allRegions(robot)) {
            assertTrue(region.isFocusTraversable(), region.getId());
            assertEquals(AccessibleRole.TOGGLE_BUTTON, region.getAccessibleRole(), region.getId());
            String muscleId = region.getId().substring(0, region.getId().indexOf('-'));
            String name = content.muscle(muscleId).orElseThrow().name();
            assertTrue(region.getAccessibleText().startsWith(name + ", "), region.getAccessibleText());
        }
        assertEquals("Calves, left side, back view", region(robot, "calves-back-left").getAccessibleText());
    }

    @Test
    void tabReachesTheMapWithAVisibleFocusRingAndSpaceSelects(FxRobot robot) {
        robot.clickOn("#muscle-button-calves");
        Node focused = null;
        for (int i = 0; i < 60 && !(focused instanceof SVGPath); i++) {
            robot.type(KeyCode.TAB);
            focused = robot.targetWindow().getScene().getFocusOwner();
        }
        assertTrue(focused instanceof SVGPath, "Tab never reached a muscle region");
        SVGPath region = (SVGPath) focused;
        assertTrue(region.getPseudoClassStates().contains(PseudoClass.getPseudoClass("focus-visible")));
        assertTrue(region.getStrokeWidth() >= 3, "the focus ring is drawn");
        String muscleId = region.getId().substring(0, region.getId().indexOf('-'));
        robot.type(KeyCode.SPACE);
        assertEquals(content.muscle(muscleId).orElseThrow().name(), title(robot));
    }

    @Test
    void enterOnAFocusedRegionSelectsItsMuscle(FxRobot robot) {
        SVGPath forearm = region(robot, "forearms-front-right");
        robot.interact(forearm::requestFocus);
        robot.type(KeyCode.ENTER);
        assertEquals("Forearms and hands", title(robot));
        assertTrue(forearm.getPseudoClassStates().contains(SELECTED));
    }

    @Test
    void theMuscleListDoesWhatClickingTheMapDoes(FxRobot robot) {
        robot.clickOn("#muscle-button-hamstrings");
        assertEquals("Hamstrings", title(robot));
        assertTrue(region(robot, "hamstrings-back-right").getPseudoClassStates().contains(SELECTED));
        robot.clickOn("#muscle-button-hamstrings");
        assertEquals(content.guide().overview().title(), title(robot), "a second press goes back to the overview");
    }

    @Test
    void withNothingSelectedTheOverviewSaysWhatACrampIsWhatToDoAndWhoIsAtRisk(FxRobot robot) {
        assertEquals(content.guide().overview().title(), title(robot));
        String shown = textIn(robot.lookup(".detail-page").query());
        assertTrue(shown.contains(content.guide().overview().whatIsACramp().get(0)));
        assertContains(robot, "panel-first-aid", content.guide().firstAid().steps().get(0).text());
        assertContains(robot, "panel-at-risk", content.guide().atRisk().items().get(0).text());
        assertContains(robot, "panel-see-a-doctor", content.guide().seeADoctor().groups().get(0).title());
        assertFalse(robot.lookup("#panel-causes").queryAs(javafx.scene.control.TitledPane.class).isExpanded(),
                "the rest of the general guide waits folded");
        assertTrue(robot.lookup("#overview-button").queryAs(Button.class).isDisabled());
    }

    @Test
    void theOverviewButtonReturnsFromAMuscle(FxRobot robot) {
        robot.clickOn(insideOnScreen(region(robot, "feet-front-left")));
        assertEquals("Feet and toes", title(robot));
        robot.clickOn("#overview-button");
        assertEquals(content.guide().overview().title(), title(robot));
        assertTrue(allRegions(robot).stream().noneMatch(r -> r.getPseudoClassStates().contains(SELECTED)));
    }

    @Test
    void theChestsFlowLeadsWithTheHeartWarningBeforeItsQuestion(FxRobot robot) {
        robot.clickOn(insideOnScreen(region(robot, "chest-front-left")));
        Node flow = FirstAidFlowUiTest.shownNode(robot, "#first-aid-flow");
        Node lead = flow.lookup(".flow-lead");
        assertTrue(UiTestSupport.shown(lead));
        assertEquals(content.muscle("chest").orElseThrow().warning().title(), textIn(lead).strip());
        double leadY = lead.localToScene(lead.getLayoutBounds()).getMinY();
        assertTrue(leadY < flow.lookup(".flow-question").localToScene(0, 0).getY(), "before the question");
        assertTrue(leadY < robot.lookup("#panel-causes").query().localToScene(0, 0).getY());
        robot.clickOn(insideOnScreen(region(robot, "calves-back-left")));
        assertFalse(UiTestSupport.shown(lead), "the chest's page is set aside");
        assertTrue(robot.lookup(".flow-lead").queryAll().stream().noneMatch(UiTestSupport::shown),
                "other muscles carry no chest warning");
    }

    @Test
    void theDisclaimerIsAlwaysOnScreen(FxRobot robot) {
        Labeled disclaimer = robot.lookup("#disclaimer").queryAs(Labeled.class);
        assertEquals(content.guide().disclaimer(), disclaimer.getText());
        assertTrue(showing(disclaimer));
        robot.clickOn(insideOnScreen(region(robot, "chest-front-right")));
        robot.scroll(30, javafx.geometry.VerticalDirection.DOWN);
        assertTrue(showing(disclaimer));
    }

    @Test
    void bothViewsAreSideBySideOnAWideWindowWithoutTheSwitch(FxRobot robot) {
        assertTrue(showing(robot.lookup("#figure-front").query()));
        assertTrue(showing(robot.lookup("#figure-back").query()));
        assertFalse(robot.lookup("#view-switch").query().isVisible());
    }
}
