package org.crampguide.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.crampguide.testing.FxThreadErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Under the theme, a scroll pane keeps no picture of what it shows, shown or hidden. */
@ExtendWith({ApplicationExtension.class, FxThreadErrors.class})
class LiveScrollPaneSkinUiTest {
    private ScrollPane page;

    @Start
    void start(Stage stage) {
        page = new ScrollPane(new Label("Stretch it"));
        Scene scene = new Scene(new StackPane(page), 600, 400);
        scene.getStylesheets().add(Theme.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeEveryWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aScrollPaneDrawsItsContentInsteadOfKeepingAPictureOfIt(FxRobot robot) {
        assertEquals(LiveScrollPaneSkin.class, page.getSkin().getClass(), "theme.css gives scroll panes the skin");
        assertFalse(((LiveScrollPaneSkin) page.getSkin()).keepsPicture());
        assertFalse(page.lookup(".viewport").isCache(), "the viewport is drawn, not kept as a picture");
        robot.interact(() -> page.setVisible(false));
        assertFalse(page.lookup(".viewport").isCache());
    }
}
