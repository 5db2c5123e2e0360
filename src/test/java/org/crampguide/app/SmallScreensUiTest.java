package org.crampguide.app;

import static org.crampguide.app.UiTestSupport.showing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.crampguide.content.Language;
import java.util.concurrent.TimeoutException;
import org.crampguide.testing.FxThreadErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A small laptop window and a portrait kiosk: one view of the body at a time, with a switch. */
@ExtendWith({ApplicationExtension.class, FxThreadErrors.class})
class SmallScreensUiTest {
    private Stage stage;
    private GuideOnScreen guide;

    @AfterEach
    void closeEveryWindow() throws TimeoutException {
        FxToolkit.cleanupStages(); // pop-overs and the stage, so the next test starts clean
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        GuideOnScreen.applyTheme();
        guide = new GuideOnScreen(UiTestSupport.bundledLibrary(), Language.ENGLISH);
        stage.setScene(guide.createScene(1280, 800));
        stage.sizeToScene();
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    private static boolean visible(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node.isVisible() && node.getParent() != null;
    }

    @Test
    void aLaptopWindowShowsOneViewAndTheFrontBackSwitch(FxRobot robot) {
        assertTrue(visible(robot, "#view-switch"));
        assertTrue(visible(robot, "#figure-front"));
        assertFalse(visible(robot, "#figure-back"));
        robot.clickOn("#view-back");
        assertTrue(visible(robot, "#figure-back"));
        assertFalse(visible(robot, "#figure-front"));
    }

    @Test
    void choosingAMuscleDrawnOnlyOnTheBackTurnsTheFigureAround(FxRobot robot) {
        robot.clickOn("#muscle-button-hamstrings");
        assertTrue(visible(robot, "#figure-back"));
        assertTrue(robot.lookup("#view-back").queryAs(ToggleButton.class).isSelected());
        assertEquals("Hamstrings", robot.lookup("#detail-title").queryAs(Labeled.class).getText());
    }

    @Test
    void aPortraitKioskPutsTheMapAboveTheDetailAndKeepsEverythingOnScreen(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1080);
            stage.setHeight(1920);
        });
        Node map = robot.lookup("#map-area").query();
        Node title = robot.lookup("#detail-title").query();
        assertTrue(map.localToScene(map.getLayoutBounds()).getMaxY() <= title.localToScene(0, 0).getY());
        assertTrue(visible(robot, "#view-switch"));
        assertTrue(showing(robot.lookup("#muscle-button-chest").query()));
        assertTrue(showing(robot.lookup("#disclaimer").query()));
    }

    @Test
    void aPortraitKioskWithItsLargerTextFitsTheScreenWidthInEveryLanguage(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1080);
            stage.setHeight(1920);
            guide.readFromAStepBack();
        });
        for (Language language : Language.values()) {
            robot.interact(() -> guide.switchTo(language));
            List<String> cut = new ArrayList<>();
            for (Node node : robot.lookup(n -> n instanceof Labeled || n instanceof TextField).queryAll()) {
                Bounds inScene = node.localToScene(node.getLayoutBounds());
                if (UiTestSupport.shown(node) && inScene.getWidth() > 0
                        && (inScene.getMinX() < -0.5 || inScene.getMaxX() > stage.getScene().getWidth() + 0.5)) {
                    cut.add(node.getClass().getSimpleName() + " " + node.getId() + " " + Math.round(inScene.getMinX())
                            + ".." + Math.round(inScene.getMaxX()));
                }
            }
            assertEquals(List.of(), cut, language + ": cut off at the screen's edges");
        }
    }
}
