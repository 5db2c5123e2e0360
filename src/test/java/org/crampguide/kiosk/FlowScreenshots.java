package org.crampguide.kiosk;

import org.crampguide.kiosk.settings.KioskConfig;
import org.crampguide.kiosk.settings.StaffPin;
import org.crampguide.kiosk.staff.StaffActions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.image.WritableImage;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.crampguide.app.GuideOnScreen;
import org.crampguide.content.BundledPack;
import org.crampguide.content.EmergencyContact;
import org.crampguide.content.Language;
import org.crampguide.firstaid.FirstAidFlow;
import org.crampguide.library.GuideLibrary;
import org.crampguide.speech.SpeechMode;
import org.crampguide.speech.Voice;
import org.crampguide.testing.OnScreen;
import org.crampguide.testing.Png;
import org.crampguide.testing.RecordingSpeech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Draws the first-aid flow's screenshots at the size of the (headless) screen it runs on: every
 * step for the calves, the chest's and the abdomen's first question and the calves in Russian, on
 * the desktop and on a kiosk with its own number (000), with the speaker buttons, and the calves in
 * the high-contrast theme. Run on request only, by
 * {@code src/screenshots/retake.sh} with {@code -Dflow.screenshots=FOLDER} and the screen's size in
 * {@code -Dheadless.geometry=WxH-32}, once per size; each step it draws must appear, or it fails.
 */
@ExtendWith(ApplicationExtension.class)
class FlowScreenshots {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private Stage stage;
    private Path folder;
    private String size;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void drawEveryStepAtThisScreensSize(FxRobot robot) throws Exception {
        String to = System.getProperty("flow.screenshots");
        assertNotNull(to, "run with -Dflow.screenshots=FOLDER (src/screenshots/retake.sh does)");
        folder = Path.of(to);
        Rectangle2D screen = Screen.getPrimary().getBounds();
        size = (int) screen.getWidth() + "x" + (int) screen.getHeight();
        Path state = java.nio.file.Files.createTempDirectory("flow-screenshots-kiosk");
        GuideLibrary library = GuideLibrary.load(new BundledPack(), new ArrayList<>()).orElseThrow();
        AtomicReference<GuideOnScreen> guide = new AtomicReference<>();
        robot.interact(() -> {
            GuideOnScreen.applyTheme();
            guide.set(new GuideOnScreen(library, Language.ENGLISH, now::get, speakerShown()));
            stage.setScene(guide.get().createScene(screen.getWidth(), screen.getHeight()));
            stage.show();
        });
        walk(robot, guide.get(), "desktop", "");

        robot.interact(() -> {
            guide.set(new GuideOnScreen(library.shownWith(EmergencyContact.kiosk("000")), Language.ENGLISH, now::get,
                    speakerShown()));
            stage.setScene(guide.get().createScene(screen.getWidth(), screen.getHeight()));
            KioskMode kiosk = new KioskMode(stage, guide.get(), KioskConfig.withDefaults(
                    StaffPin.create("2468".toCharArray(), 100_000), state.resolve("logs")), now::get,
                    new StaffActions() {
                        @Override
                        public void exit() {
                        }

                        @Override
                        public String diagnostics() {
                            return "";
                        }
                    });
            kiosk.install(false);
            kiosk.model().wake();
        });
        walk(robot, guide.get(), "kiosk", "#stretch-now ");
    }

    /** Each step for the calves, the chest's and the abdomen's start, and the calves in Russian. */
    private void walk(FxRobot robot, GuideOnScreen guide, String mode, String within) throws Exception {
        open(robot, guide, "calves", within);
        shoot(robot, mode, "calves-call-now", within, "#flow-call-now");
        press(robot, within, "#flow-no");
        shoot(robot, mode, "calves-dont-stretch", within, "#flow-dont-stretch");
        press(robot, within, "#flow-no");
        shoot(robot, mode, "calves-stretch", within, "#flow-stretch");
        press(robot, within, "#flow-stretched");
        shoot(robot, mode, "calves-eased", within, "#flow-eased");
        press(robot, within, "#flow-eased-yes");
        shoot(robot, mode, "calves-aftercare", within, "#flow-aftercare");
        press(robot, within, "#flow-again");
        press(robot, within, "#flow-yes");
        shoot(robot, mode, "calves-call", within, "#flow-call");
        press(robot, within, "#flow-back");
        press(robot, within, "#flow-no");
        press(robot, within, "#flow-yes");
        shoot(robot, mode, "calves-tear", within, "#flow-tear");
        press(robot, within, "#flow-back");
        press(robot, within, "#flow-no");
        robot.interact(() -> now.addAndGet(FirstAidFlow.ESCALATE_AFTER_MILLIS));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> find(robot, within + "#flow-get-help") != null);
        shoot(robot, mode, "calves-get-help", within, "#flow-get-help");
        for (String muscle : new String[] {"chest", "abdomen"}) {
            open(robot, guide, muscle, within);
            shoot(robot, mode, muscle + "-call-now", within, "#flow-call-now");
        }
        robot.interact(() -> guide.switchTo(Language.RUSSIAN));
        open(robot, guide, "calves", within);
        shoot(robot, mode, "ru-calves-call-now", within, "#flow-call-now");
        press(robot, within, "#flow-no");
        press(robot, within, "#flow-no");
        shoot(robot, mode, "ru-calves-stretch", within, "#flow-stretch");
        robot.interact(() -> guide.switchTo(Language.ENGLISH));
        press(robot, "", "#high-contrast");
        open(robot, guide, "calves", within);
        shoot(robot, mode, "high-contrast-calves-call-now", within, "#flow-call-now");
        press(robot, within, "#flow-no");
        press(robot, within, "#flow-no");
        shoot(robot, mode, "high-contrast-calves-stretch", within, "#flow-stretch");
        press(robot, "", "#high-contrast");
    }

    /** A voice that says nothing but counts as heard, so that the speaker buttons show in the pictures. */
    private static Voice speakerShown() {
        return new Voice(new RecordingSpeech(), SpeechMode.ON_REQUEST);
    }

    /** The muscle chosen; on the kiosk, "Cramping right now?" pressed for it. */
    private void open(FxRobot robot, GuideOnScreen guide, String muscle, String within) {
        robot.interact(() -> {
            guide.select(null);
            guide.select(muscle);
        });
        if (!within.isEmpty()) {
            press(robot, "", "#cramping-now-button");
        }
    }

    private static Node find(FxRobot robot, String query) {
        return OnScreen.first(robot, query);
    }

    private static void press(FxRobot robot, String within, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        Node button = find(robot, within + id);
        assertNotNull(button, "no " + within + id + " on screen");
        robot.interact(() -> ((ButtonBase) button).fire());
    }

    private void shoot(FxRobot robot, String mode, String name, String within, String step) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(find(robot, within + step) == null, mode + " " + name + ": no " + step + " on screen");
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(stage.getScene().snapshot(null)));
        Png.write(image.get(), folder.resolve("flow-" + mode + "-" + size + "-" + name + ".png"));
    }
}
