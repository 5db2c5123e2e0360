package org.crampguide.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.crampguide.content.BundledPack;
import org.crampguide.content.Problem;
import org.crampguide.testing.FxThreadErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A figure keeps its drawing as a picture only while it is on screen: a screen's worth of pixels
 * each, so the map of a language not shown, or the view a narrow screen hides, holds none.
 */
@ExtendWith({ApplicationExtension.class, FxThreadErrors.class})
class FigurePictureUiTest {
    private final StackPane shown = new StackPane();
    private BodyMapView map;

    @Start
    void start(Stage stage) {
        List<Problem> problems = new ArrayList<>();
        BodyMap bodyMap = BodyMap.read(new BundledPack(), problems)
                .orElseThrow(() -> new AssertionError(problems.toString()));
        Map<Facing, String> captions = new EnumMap<>(Facing.class);
        captions.put(Facing.FRONT, "Front");
        captions.put(Facing.BACK, "Back");
        map = new BodyMapView(bodyMap, captions, region -> region.muscleId());
        shown.getChildren().add(map);
        stage.setScene(new Scene(shown, 900, 700));
        stage.show();
    }

    @AfterEach
    void closeEveryWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aFigureKeepsItsPictureOnlyWhileItIsShown(FxRobot robot) {
        assertEquals(List.of(true, true), picturesKept(robot), "both views on screen");
        robot.interact(() -> map.showBothProperty().set(false));
        assertEquals(List.of(true, false), picturesKept(robot), "the back hidden on a narrow screen");
        robot.interact(() -> shown.getChildren().clear());
        assertEquals(List.of(false, false), picturesKept(robot), "the map set aside (another language)");
        robot.interact(() -> {
            shown.getChildren().add(map);
            map.showBothProperty().set(true);
        });
        assertEquals(List.of(true, true), picturesKept(robot), "back on screen");
    }

    /** Front first, then back. */
    private List<Boolean> picturesKept(FxRobot robot) {
        List<Boolean> kept = new ArrayList<>();
        robot.interact(() -> {
            for (Facing view : Facing.values()) {
                kept.add(((Figure) map.lookup("#figure-" + view.id())).keepsPicture());
            }
        });
        return kept;
    }
}
