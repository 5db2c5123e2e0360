package org.crampguide.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.crampguide.content.BundledPack;
import org.crampguide.content.Language;
import org.crampguide.testing.FxThreadErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The detail area keeps each page it has built: a muscle chosen again shows the same page, styled
 * and laid out, not a new one; a page set aside comes back as it was first built.
 */
@ExtendWith({ApplicationExtension.class, FxThreadErrors.class})
class DetailPagesUiTest {
    private GuideOnScreen guide;

    @AfterEach
    void closeEveryWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage stage) {
        GuideOnScreen.applyTheme();
        guide = new GuideOnScreen(UiTestSupport.library(new BundledPack()), Language.ENGLISH);
        stage.setScene(guide.createScene(1800, 1000));
        stage.show();
    }

    @Test
    void aMusclesPageIsBuiltOnceAndComesBackAsFirstBuilt(FxRobot robot) {
        robot.interact(() -> guide.model().select("calves"));
        Node calves = shownPage(robot);
        robot.interact(() -> nutrition(robot).setExpanded(true));
        assertTrue(nutrition(robot).isExpanded());
        robot.interact(() -> guide.model().select("hamstrings"));
        assertNotSame(calves, shownPage(robot));
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS); // the calves' page is set aside a moment later
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> guide.model().select("calves"));
        assertSame(calves, shownPage(robot), "the page kept, not built again");
        assertFalse(nutrition(robot).isExpanded(), "as first built: nutrition folded");
        assertEquals(1, robot.lookup(".detail-scroll").queryAll().stream().filter(UiTestSupport::shown).count(),
                "one page on screen");
    }

    /** The nutrition panel of the page on screen (the page shown comes first in the area). */
    private static TitledPane nutrition(FxRobot robot) {
        return robot.lookup("#panel-nutrition").queryAs(TitledPane.class);
    }

    private static Node shownPage(FxRobot robot) {
        return robot.lookup(".detail-scroll").queryAll().stream().filter(UiTestSupport::shown).findFirst()
                .orElseThrow();
    }
}
