package org.crampguide.app;

import static org.crampguide.app.UiTestSupport.insideOnScreen;
import static org.crampguide.app.UiTestSupport.textIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.crampguide.content.GuideContent;
import org.crampguide.content.EditedPack;
import org.crampguide.content.Language;
import org.crampguide.content.Problem;
import java.util.concurrent.TimeoutException;
import org.crampguide.library.GuideLibrary;
import org.crampguide.testing.FxThreadErrors;
import org.crampguide.testing.LeftOutControls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Search, evidence badges, myths, sources and the language switch, driven as a person would. */
@ExtendWith({ApplicationExtension.class, FxThreadErrors.class})
class GuideFeaturesUiTest {
    private Stage stage;
    private GuideOnScreen guide;
    private GuideLibrary library;
    private GuideContent english;

    @AfterEach
    void closeEveryWindow() throws TimeoutException {
        FxToolkit.cleanupStages(); // pop-overs and the stage, so the next test starts clean
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        library = UiTestSupport.bundledLibrary();
        english = library.in(Language.ENGLISH).content();
        GuideOnScreen.applyTheme();
        guide = new GuideOnScreen(library, Language.ENGLISH);
        stage.setScene(guide.createScene(1800, 1000));
        stage.sizeToScene();
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    @Test
    void everyMusclesPageNeedsNoRuleTheControlsStylesheetLeftOut(FxRobot robot) {
        for (var muscle : english.muscles()) {
            robot.interact(() -> guide.select(muscle.id()));
            WaitForAsyncUtils.waitForFxEvents();
        }
        Node everything = stage.getScene().getRoot(); // the pages of every muscle are kept built
        assertTrue(LeftOutControls.count(everything) > 1000, "every page: " + LeftOutControls.count(everything));
        assertEquals(List.of(), LeftOutControls.under(everything));
    }

    /** Types into the search field as a person would: tap it, then type. */
    private void search(FxRobot robot, String text) {
        TextField field = robot.lookup("#search-field").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(() -> {
            stage.requestFocus();
            field.requestFocus();
        });
        robot.write(text);
        assertEquals(text, field.getText(), "the typing reached the search field");
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#detail-title").queryAs(Labeled.class).getText();
    }

    private static List<Node> results(FxRobot robot) {
        return List.copyOf(robot.lookup(".search-result").queryAll());
    }

    @Test
    void typingShowsResultsAndTappingOneOpensItsMuscleAndPanel(FxRobot robot) {
        search(robot, "towel");
        List<Node> found = results(robot);
        assertFalse(found.isEmpty());
        Node first = found.get(0);
        String place = textIn(first).lines().findFirst().orElseThrow();
        robot.clickOn(first);
        String muscleName = place.substring(0, place.indexOf(" · "));
        assertEquals(muscleName, title(robot));
        assertEquals("", robot.lookup("#search-field").queryAs(TextField.class).getText(), "the search ends");
        assertTrue(results(robot).isEmpty());
        TitledPane panel = robot.lookup("#panel-first-aid").queryAs(TitledPane.class);
        assertTrue(panel.isExpanded());
    }

    @Test
    void aGeneralResultOpensItsFoldedPanelInTheOverviewAndScrollsToIt(FxRobot robot) {
        search(robot, "magnesium");
        Node nutrition = results(robot).stream().filter(n -> textIn(n).contains("Nutrition")).findFirst()
                .orElseThrow(() -> new AssertionError(results(robot).stream().map(UiTestSupport::textIn).toList()
                        + " for " + robot.lookup("#search-field").queryAs(TextField.class).getText()));
        robot.clickOn(nutrition);
        assertEquals(english.guide().overview().title(), title(robot));
        assertTrue(robot.lookup("#panel-nutrition").queryAs(TitledPane.class).isExpanded());
        ScrollPane scroll = robot.lookup(".detail-scroll").queryAs(ScrollPane.class);
        try { // the panel unfolds with its animation; on a loaded machine the scroll may come a frame or two later
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> scroll.getVvalue() > 0.3);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not scrolled down to it: " + scroll.getVvalue(), e);
        }
    }

    @Test
    void theKeyboardAloneCanSearchAndOpenTheFirstResult(FxRobot robot) {
        search(robot, "hamstring");
        robot.type(KeyCode.ENTER);
        assertEquals("Hamstrings", title(robot));
    }

    @Test
    void aSearchThatFindsNothingSaysSo(FxRobot robot) {
        search(robot, "xylophone");
        assertTrue(results(robot).isEmpty());
        assertTrue(textIn(robot.lookup("#search-results").query()).contains("Nothing found for “xylophone”"));
        robot.type(KeyCode.ESCAPE);
        assertEquals(english.guide().overview().title(), title(robot));
    }

    @Test
    void tappingAnEvidenceBadgeExplainsItAndListsItsSources(FxRobot robot) {
        robot.clickOn(insideOnScreen(robot.lookup("#calves-back-left").queryAs(SVGPath.class)));
        Node firstAid = robot.lookup("#panel-first-aid").query(); // folded under the flow: all of it as text
        Scrolling.intoView(robot, firstAid);
        robot.clickOn(firstAid.lookup(".title"));
        Node badge = robot.lookup("#panel-first-aid .evidence-badge.evidence-well-supported").query();
        Scrolling.intoView(robot, badge); // below the cramp-or-tear check
        Node explanation = badge.getParent().lookup(".evidence-explanation");
        assertFalse(explanation.isVisible());
        robot.clickOn(badge);
        assertTrue(explanation.isVisible());
        String shown = textIn(explanation);
        assertTrue(shown.contains("Studies or major medical references agree"), shown);
        assertTrue(shown.contains("Sources:"), shown);
        robot.clickOn(badge);
        assertFalse(explanation.isVisible(), "a second tap folds it away");
    }

    @Test
    void theOverviewCorrectsPopularMythsWithAVerdictForEach(FxRobot robot) {
        TitledPane myths = robot.lookup("#panel-myths").queryAs(TitledPane.class);
        assertTrue(myths.isExpanded());
        assertEquals(english.guide().myths().size(), robot.lookup("#panel-myths .myth-card").queryAll().size());
        String eighty = textIn(robot.lookup("#myth-stretching-cuts-cramps-80-percent").query());
        assertTrue(eighty.startsWith("Myth\n"), eighty);
    }

    @Test
    void theSourcesButtonOpensTheListOfReferences(FxRobot robot) {
        robot.clickOn(insideOnScreen(robot.lookup("#chest-front-left").queryAs(SVGPath.class)));
        robot.clickOn("#sources-button");
        TitledPane sources = robot.lookup("#panel-sources").queryAs(TitledPane.class);
        assertTrue(sources.isExpanded());
        assertEquals(english.guide().sources().size(), robot.lookup("#panel-sources .source").queryAll().size());
        assertTrue(textIn(sources).contains("NHS — Leg cramps"), textIn(sources));
    }

    @Test
    void switchingToRussianTranslatesTheGuideAndKeepsTheMuscle(FxRobot robot) {
        robot.clickOn("#muscle-button-calves");
        robot.clickOn("#language-ru");
        GuideContent russian = library.in(Language.RUSSIAN).content();
        assertEquals(russian.muscle("calves").orElseThrow().name(), title(robot));
        assertEquals(russian.guide().disclaimer(), robot.lookup("#disclaimer").queryAs(Labeled.class).getText());
        assertEquals("Что делать сейчас", robot.lookup("#panel-first-aid").queryAs(TitledPane.class).getText());
        robot.clickOn("#language-en");
        assertEquals("Calves", title(robot));
    }

    @Test
    void aBrokenReloadKeepsTheLastGoodContentAndSaysWhyCalmly(FxRobot robot) {
        robot.clickOn("#muscle-button-calves");
        List<Problem> problems = List.of(new Problem("packs/gym/content/en/muscles.json", 12, 5, "muscles[0].name",
                "text is empty"));
        robot.interact(() -> guide.keepContentDespite(problems));
        assertEquals("Calves", title(robot), "the last good content stays");
        Node notice = robot.lookup("#notice").query();
        assertTrue(notice.isVisible());
        String text = robot.lookup("#notice-text").queryAs(Labeled.class).getText();
        assertTrue(text.startsWith("The content pack changed, but the new version has problems"), text);
        assertTrue(text.contains("packs/gym/content/en/muscles.json:12:5: muscles[0].name: text is empty"), text);
        robot.clickOn("#notice-close");
        assertFalse(notice.isVisible());
    }

    @Test
    void aGoodReloadSwapsTheContentInAndKeepsTheMuscle(FxRobot robot) {
        robot.clickOn("#muscle-button-calves");
        GuideLibrary renamed = UiTestSupport.library(new EditedPack()
                .replace("content/en/muscles.json", "\"name\": \"Calves\"", "\"name\": \"Calf muscles\""));
        robot.interact(() -> guide.replaceLibrary(renamed));
        assertEquals("Calf muscles", title(robot));
        assertEquals("Calf muscles", robot.lookup("#muscle-button-calves").queryAs(Labeled.class).getText());
        assertTrue(robot.lookup("#notice").query().isVisible());
    }
}
