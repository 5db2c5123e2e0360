package org.crampguide.hold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Arc;
import javafx.stage.Stage;
import org.crampguide.testing.FxThreadErrors;
import org.crampguide.theme.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The hold player as a person at the kiosk sees it, with tones off and a clock the test moves. */
@ExtendWith({ApplicationExtension.class, FxThreadErrors.class})
class HoldPlayerViewUiTest {
    private static final PseudoClass CUE = PseudoClass.getPseudoClass("cue");
    private final AtomicLong now = new AtomicLong(1_000_000);
    private HoldPlayer player;
    private HoldPlayerView view;
    private StackPane screen;

    @Start
    void start(Stage stage) {
        player = new HoldPlayer(now::get, HoldCues.silent());
        player.ready(20);
        view = HoldPlayerView.load(player, ResourceBundle.getBundle("org.crampguide.app.messages", Locale.ENGLISH));
        screen = new StackPane(view.node());
        screen.setStyle("-fx-font-size: 28px; -fx-background-color: white;");
        Scene scene = new Scene(screen, 1080, 1200);
        scene.getStylesheets().addAll(Theme.stylesheet(), HoldPlayerView.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeEveryWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    /** Moves the clock on a quarter second at a time, ticking the player as its owner does. */
    private void after(FxRobot robot, long millis) {
        robot.interact(() -> {
            for (long gone = 0; gone < millis; gone += 250) {
                now.addAndGet(250);
                player.tick();
            }
        });
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private static double ringFilled(FxRobot robot) {
        return -robot.lookup("#hold-ring").queryAs(Arc.class).getLength() / 360;
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).query().isVisible();
    }

    @Test
    void beforeAHoldItShowsHowLongAndOnlyStart(FxRobot robot) {
        assertEquals("20", text(robot, "#hold-seconds"));
        assertEquals("Ready when you are", text(robot, "#hold-status"));
        assertEquals("Hold until it eases — at least 20 seconds", text(robot, "#hold-hint"));
        assertEquals(0, ringFilled(robot));
        assertTrue(shown(robot, "#hold-start"));
        assertFalse(shown(robot, "#hold-again"));
        assertFalse(shown(robot, "#hold-other-side"));
        assertFalse(shown(robot, "#hold-side"));
    }

    @Test
    void startCountsThreeTwoOneBigThenTheSecondsGoDownAsTheRingFills(FxRobot robot) {
        robot.clickOn("#hold-start");
        assertEquals("3", text(robot, "#hold-seconds"));
        assertEquals("Get ready…", text(robot, "#hold-status"));
        after(robot, 1000);
        assertEquals("2", text(robot, "#hold-seconds"));
        after(robot, 1000);
        assertEquals("1", text(robot, "#hold-seconds"));
        after(robot, 1000);
        assertEquals("20", text(robot, "#hold-seconds"));
        assertEquals("Keep holding", text(robot, "#hold-status"));
        after(robot, 5000);
        assertEquals("15", text(robot, "#hold-seconds"));
        assertEquals(0.25, ringFilled(robot), 1e-9);
        assertEquals("15 seconds left", robot.lookup("#hold-ring").query().getAccessibleText());
        after(robot, 15_000);
        assertEquals("0", text(robot, "#hold-seconds"));
        assertEquals(1, ringFilled(robot), 1e-9);
        assertEquals("Well done. Let go slowly.", text(robot, "#hold-status"));
        assertEquals("Hold until it eases — at least 20 seconds", text(robot, "#hold-hint"), "the hint never changes its length");
    }

    @Test
    void halfwayFlashesThePlayerAndSaysSoWithTonesOff(FxRobot robot) {
        Node root = robot.lookup("#hold-player").query();
        robot.clickOn("#hold-start");
        after(robot, 3000 + 9750);
        assertFalse(root.getPseudoClassStates().contains(CUE));
        after(robot, 250);
        assertTrue(root.getPseudoClassStates().contains(CUE), "the flash shows whether or not a tone sounds");
        assertEquals("Halfway — keep holding", text(robot, "#hold-status"));
        robot.sleep((long) HoldPlayerView.FLASH.toMillis() + 400);
        assertFalse(root.getPseudoClassStates().contains(CUE), "a flash, not a state");
        after(robot, 10_000);
        assertTrue(root.getPseudoClassStates().contains(CUE), "and again at the end");
    }

    @Test
    void afterAHoldAgainAndOtherSideStartFromTheCount(FxRobot robot) {
        robot.clickOn("#hold-start");
        after(robot, 3000 + 20_000);
        assertFalse(shown(robot, "#hold-start"));
        robot.clickOn("#hold-again");
        assertEquals("3", text(robot, "#hold-seconds"));
        assertEquals(HoldPlayer.Side.FIRST, player.sideProperty().get());
        after(robot, 3000 + 20_000);
        robot.clickOn("#hold-other-side");
        assertEquals("3", text(robot, "#hold-seconds"));
        assertTrue(shown(robot, "#hold-side"), "the player says which side it is on");
        assertEquals("Other side", text(robot, "#hold-side"));
        assertEquals(0, ringFilled(robot));
    }

    @Test
    void buttonsAreAtLeast48PixelsAtTheSmallestTextTheAppUses(FxRobot robot) {
        robot.interact(() -> screen.setStyle("-fx-font-size: 13px;"));
        assertAtLeastAFinger(robot, "#hold-start");
        robot.interact(player::start);
        after(robot, 3000 + 20_000);
        assertAtLeastAFinger(robot, "#hold-again");
        assertAtLeastAFinger(robot, "#hold-other-side");
    }

    private static void assertAtLeastAFinger(FxRobot robot, String id) {
        Node button = robot.lookup(id).query();
        assertTrue(button.getLayoutBounds().getHeight() >= 48, id + " is " + button.getLayoutBounds().getHeight() + " px high");
        assertTrue(button.getLayoutBounds().getWidth() >= 48, id + " is " + button.getLayoutBounds().getWidth() + " px wide");
    }

    @Test
    void theRingAndTheButtonsSayWhatTheyAreToAScreenReader(FxRobot robot) {
        assertEquals("20 seconds left", robot.lookup("#hold-ring").query().getAccessibleText());
        assertEquals("Start the hold: a count of three, then hold until it eases, at least 20 seconds",
                robot.lookup("#hold-start").query().getAccessibleText());
        robot.clickOn("#hold-start");
        assertEquals("Get ready: 3", robot.lookup("#hold-ring").query().getAccessibleText());
        assertEquals("Hold the other side, from the count of three: at least 20 seconds",
                robot.lookup("#hold-other-side").query().getAccessibleText());
    }

    @Test
    void theRingIsCentredAndAsLargeAsItsBox(FxRobot robot) {
        Arc ring = robot.lookup("#hold-ring").queryAs(Arc.class);
        Node box = ring.getParent().getParent();
        double side = Math.min(box.getLayoutBounds().getWidth(), box.getLayoutBounds().getHeight());
        assertTrue(side > 200, "a ring for two metres at kiosk text size: " + side);
        assertEquals(box.getLayoutBounds().getWidth() / 2, ring.getCenterX(), 0.5);
        assertEquals(side - ring.getStrokeWidth(), 2 * ring.getRadiusX(), 0.5);
    }

    @Test
    void onTheDesktopTheFramesTickThePlayerWhileItRuns(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            view.tickEveryFrame();
            player.start();
        });
        now.addAndGet(3000 + 6000);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "14".equals(text(robot, "#hold-seconds")));
        assertEquals(HoldPlayer.State.HOLDING, player.stateProperty().get());
    }
}
