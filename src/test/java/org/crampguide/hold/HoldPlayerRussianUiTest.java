package org.crampguide.hold;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
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

/** The hold player in Russian: the number agrees with its word. */
@ExtendWith({ApplicationExtension.class, FxThreadErrors.class})
class HoldPlayerRussianUiTest {
    private final AtomicLong now = new AtomicLong();
    private HoldPlayer player;

    @Start
    void start(Stage stage) {
        player = new HoldPlayer(now::get, HoldCues.silent());
        player.ready(22);
        HoldPlayerView view = HoldPlayerView.load(player, ResourceBundle.getBundle("org.crampguide.app.messages", Locale.forLanguageTag("ru")));
        Scene scene = new Scene(view.node(), 900, 1000);
        scene.getStylesheets().addAll(Theme.stylesheet(), HoldPlayerView.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeEveryWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void theSecondsAgreeWithTheirNumber(FxRobot robot) {
        assertEquals("Держите, пока судорога не ослабнет, — минимум 22 секунды", text(robot, "#hold-hint"));
        robot.interact(() -> {
            player.start();
            now.addAndGet(3000 + 1000);
            player.tick();
        });
        assertEquals("21", text(robot, "#hold-seconds"));
        assertEquals("Осталась 21 секунда", robot.lookup("#hold-ring").query().getAccessibleText());
        robot.interact(() -> {
            now.addAndGet(16_000);
            player.tick();
        });
        assertEquals("Осталось 5 секунд", robot.lookup("#hold-ring").query().getAccessibleText());
        assertEquals("Половина позади — держите", text(robot, "#hold-status"));
        assertEquals("Держите, пока судорога не ослабнет, — минимум 21 секунду", hint(robot, 21));
    }

    /** The hint for a hold of {@code seconds}: the number and its word agree. */
    private String hint(FxRobot robot, int seconds) {
        robot.interact(() -> player.ready(seconds));
        return text(robot, "#hold-hint");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }
}
