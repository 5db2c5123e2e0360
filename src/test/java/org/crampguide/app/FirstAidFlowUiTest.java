package org.crampguide.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.crampguide.content.Language;
import org.crampguide.content.Muscle;
import org.crampguide.testing.FxThreadErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The first-aid flow on the desktop's real screen, every muscle in both languages: the words a
 * person reads from choosing the muscle to the first stretch step, the words open by default on
 * the page, the first step with its answers above the fold, and Enter unfolding a folded panel.
 */
@ExtendWith({ApplicationExtension.class, FxThreadErrors.class})
class FirstAidFlowUiTest {
    /** Words read from the muscle's name to the first step of the stretch. */
    static final int BEFORE_THE_STRETCH = 80;
    /** Words open by default on a muscle's page. */
    static final int OPEN_BY_DEFAULT = 450;

    private Stage stage;
    private GuideOnScreen guide;

    @AfterEach
    void closeEveryWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        GuideOnScreen.applyTheme();
        guide = new GuideOnScreen(UiTestSupport.bundledLibrary(), Language.ENGLISH);
        stage.setScene(guide.createScene(1920, 1080));
        stage.sizeToScene();
        stage.show();
    }

    /** A node with this id on the page on screen (the other pages are kept, hidden). */
    static Node shownNode(FxRobot robot, String id) {
        Node shown = org.crampguide.testing.OnScreen.first(robot, id);
        if (shown == null) {
            throw new AssertionError("no " + id + " on screen");
        }
        return shown;
    }

    /** The words a person can read in a node: visible text only, a folded panel's title but not its body. */
    static List<String> words(Node node) {
        List<String> words = new ArrayList<>();
        collect(node, words, null);
        return words;
    }

    /** As {@link #words(Node)}, up to (not including) the first node with style class {@code stopAt}. */
    static List<String> wordsBefore(Node node, String stopAt) {
        List<String> words = new ArrayList<>();
        collect(node, words, stopAt);
        return words;
    }

    /** @return false once {@code stopAt} is reached */
    private static boolean collect(Node node, List<String> words, String stopAt) {
        if (!node.isVisible()) {
            return true;
        }
        if (stopAt != null && node.getStyleClass().contains(stopAt)) {
            return false;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            for (String word : labeled.getText().split("\\s+")) {
                if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words.add(word);
                }
            }
        }
        if (node instanceof TitledPane pane) {
            return !pane.isExpanded() || pane.getContent() == null || collect(pane.getContent(), words, stopAt);
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            return collect(scroll.getContent(), words, stopAt);
        }
        if (node instanceof Parent parent && !(node instanceof Labeled)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (!collect(child, words, stopAt)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the node lies wholly inside the window and the page's view, without scrolling. */
    static boolean aboveTheFold(Node node, double height) {
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        return UiTestSupport.shown(node) && bounds.getMinY() >= 0 && bounds.getMaxY() <= height;
    }

    @Test
    void everyMusclesStretchIsTwoAnswersAndAtMostEightyWordsAwayWithTheFirstStepAboveTheFold(FxRobot robot) {
        List<String> over = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (Language language : Language.values()) {
            robot.interact(() -> guide.switchTo(language));
            for (Muscle muscle : guide.content().muscles()) {
                robot.interact(() -> guide.select(muscle.id()));
                Node flow = shownNode(robot, "#first-aid-flow");
                double fold = Math.min(stage.getScene().getHeight(),
                        shownNode(robot, "#disclaimer").localToScene(0, 0).getY());
                for (String answer : List.of("#flow-yes", "#flow-no")) {
                    assertTrue(aboveTheFold(shownNode(robot, answer), fold), language + " " + muscle.id() + ": "
                            + answer + " below the fold at 1920x1080");
                }
                int page = words(shownNode(robot, "#detail-title").getParent().getParent().getParent()).size();
                int read = words(shownNode(robot, "#detail-title")).size() + words(shownNode(robot, "#detail-location")).size()
                        + words(flow).size();
                robot.interact(() -> robot.lookup("#flow-no").queryAll().stream().filter(UiTestSupport::shown)
                        .findFirst().map(b -> (javafx.scene.control.Button) b).orElseThrow().fire());
                assertTrue(UiTestSupport.shown(shownNode(robot, "#flow-dont-stretch")));
                read += words(shownNode(robot, "#first-aid-flow")).size();
                robot.interact(() -> ((javafx.scene.control.Button) shownNode(robot, "#flow-no")).fire());
                Node stretch = shownNode(robot, "#flow-stretch");
                assertFalse(stretch.lookupAll(".flow-step-row").isEmpty(), "the stretch's steps, after two answers");
                read += wordsBefore(shownNode(robot, "#first-aid-flow"), "flow-step-row").size();
                report.add(language + " " + muscle.id() + ": " + read + " before the stretch, " + page + " open");
                if (read > BEFORE_THE_STRETCH || page > OPEN_BY_DEFAULT) {
                    over.add(report.get(report.size() - 1));
                }
                robot.interact(() -> guide.select(null));
            }
        }
        System.out.println("First-aid flow word counts at 1920x1080:\n  " + String.join("\n  ", report));
        assertEquals(List.of(), over, "over " + BEFORE_THE_STRETCH + " words before the stretch or "
                + OPEN_BY_DEFAULT + " open by default");
    }

    @Test
    void enterUnfoldsAFoldedPanelAndFoldsItAgain(FxRobot robot) {
        robot.interact(() -> guide.select("calves"));
        TitledPane nutrition = (TitledPane) shownNode(robot, "#panel-nutrition");
        assertFalse(nutrition.isExpanded(), "nutrition is folded on a muscle's page");
        robot.interact(nutrition::requestFocus);
        robot.type(KeyCode.ENTER);
        assertTrue(nutrition.isExpanded(), "Enter unfolds it");
        robot.type(KeyCode.ENTER);
        assertFalse(nutrition.isExpanded(), "and folds it again");
    }
}
