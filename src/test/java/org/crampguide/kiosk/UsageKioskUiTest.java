package org.crampguide.kiosk;

import org.crampguide.kiosk.settings.KioskConfig;
import org.crampguide.kiosk.settings.StaffPin;
import org.crampguide.kiosk.staff.StaffActions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.crampguide.app.GuideOnScreen;
import org.crampguide.library.GuideLibrary;
import org.crampguide.content.BundledPack;
import org.crampguide.content.Language;
import org.crampguide.testing.FxThreadErrors;
import org.crampguide.usage.Counter;
import org.crampguide.usage.UsageRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A visit to the kiosk, and what it counts: each event once, at the moment it happens, and nothing else. */
@ExtendWith({ApplicationExtension.class, FxThreadErrors.class})
class UsageKioskUiTest {
    /** The kiosk's state folder (its saved PIN lock, among others), new for each test. */
    @org.junit.jupiter.api.io.TempDir
    Path state;
    private static StaffPin pin;
    private static GuideLibrary library;
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final List<String> recorded = new ArrayList<>();
    private KioskMode kiosk;

    @BeforeAll
    static void readTheGuide() {
        pin = StaffPin.create("2468".toCharArray(), (int) StaffPin.ITERATIONS.min());
        library = GuideLibrary.load(new BundledPack(), new ArrayList<>()).orElseThrow();
    }

    @AfterEach
    void closeEveryWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage stage) {
        GuideOnScreen.applyTheme();
        GuideOnScreen guide = new GuideOnScreen(library, Language.ENGLISH);
        stage.setScene(guide.createScene(1920, 1080));
        UsageRecorder recorder = new UsageRecorder() {
            @Override
            public boolean record(Counter counter, String label) {
                recorded.add(counter.stored() + (label.isEmpty() ? "" : ":" + label));
                return true;
            }

            @Override
            public void close() {
            }
        };
        guide.recordUsageTo(recorder);
        KioskConfig config = KioskConfig.withDefaults(pin, state.resolve("logs"));
        kiosk = new KioskMode(stage, guide, config, now::get, new StaffActions() {
            @Override
            public void exit() {
            }

            @Override
            public String diagnostics() {
                return "";
            }
        }, recorder);
        stage.show();
        kiosk.install(false);
    }

    private void idleFor(FxRobot robot, int seconds) {
        robot.interact(() -> {
            for (int i = 0; i < seconds * 4; i++) {
                now.addAndGet(250);
                kiosk.tick();
            }
        });
    }

    @Test
    void aVisitIsCountedEventByEvent(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup("#attract").queryAs(Node.class));
        assertEquals(List.of("session"), recorded);

        Node causes = robot.lookup("#panel-causes").queryAs(Node.class);
        robot.interact(() -> scrollTo(causes));
        robot.clickOn(robot.lookup("#panel-causes .title").queryAs(Node.class));
        assertEquals("panel_unfolded:causes", last());

        robot.clickOn(robot.lookup("#muscle-button-calves").queryAs(Node.class));
        assertEquals("muscle_opened:calves", last());

        robot.clickOn("#cramping-now-button");
        assertEquals(List.of("cramping_now", "emergency_shown"), recorded.subList(recorded.size() - 2, recorded.size()));
        robot.clickOn("#stretch-now #flow-no"); // none of these: not counted
        robot.clickOn("#stretch-now #flow-no");
        robot.interact(() -> scrollTo(robot.lookup("#stretch-now #hold-start").query()));
        robot.clickOn("#stretch-now #hold-start");
        idleFor(robot, 3); // the count of three before the hold
        assertEquals("hold_started:calves", last());
        idleFor(robot, 31);
        assertEquals("hold_completed:calves", last());
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#stretch-now #flow-eased-no").queryAll().isEmpty());
        robot.interact(() -> scrollTo(robot.lookup("#stretch-now #flow-eased-no").query()));
        robot.clickOn("#stretch-now #flow-eased-no");
        assertEquals("flow_not_eased:calves", last());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents(); // the stretch step again, laid out
        robot.interact(() -> scrollTo(robot.lookup("#stretch-done").query()));
        robot.clickOn("#stretch-done");

        robot.clickOn("#cramping-now-button");
        assertEquals("cramping_now", last(), "emergency information counts once per session");
        robot.clickOn("#stretch-done");

        robot.clickOn("#language-ru");
        assertEquals("language_chosen:ru", last(), "the same muscle in another language is not opened again");
        robot.interact(() -> robot.lookup("#search-field").queryAs(TextField.class).setText("Ночные   СУДОРОГИ xyz"));
        assertEquals("language_chosen:ru", last(), "nothing while a search is under way");

        int before = recorded.size();
        idleFor(robot, 90);
        assertEquals(List.of("idle_reset", "search_unanswered:ночные судороги xyz"), recorded.subList(before,
                recorded.size()), "the reset ends the search; the switch back to English is nobody's choice");

        robot.clickOn(robot.lookup("#attract").queryAs(Node.class));
        robot.clickOn("#cramping-now-button");
        assertEquals(List.of("session", "cramping_now", "emergency_shown"),
                recorded.subList(recorded.size() - 3, recorded.size()), "a new session counts emergency information again");
    }

    private static void scrollTo(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                double scrollable = scroll.getContent().getLayoutBounds().getHeight()
                        - scroll.getViewportBounds().getHeight();
                scroll.setVvalue(scrollable <= 0 ? 0 : Math.min(1, y / scrollable));
                return;
            }
        }
    }

    private String last() {
        return recorded.get(recorded.size() - 1);
    }
}
