package org.crampguide.app;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Handler;
import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.crampguide.content.BundledPack;
import org.crampguide.content.EditedPack;
import org.crampguide.kiosk.settings.StaffPin;
import org.crampguide.testing.FxThreadErrors;
import org.crampguide.testing.LeftOutControls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk as the launcher really puts it together from the command line, a kiosk file and a pack
 * folder on disk: staff's Reload and Diagnostics, the PIN check, recovery and the key lock-down.
 */
@ExtendWith({ApplicationExtension.class, FxThreadErrors.class})
class KioskWiringUiTest {
    private static final String MUSCLES = "content/en/muscles.json";
    private static String pin;
    /** The slowest PIN check the kiosk file allows: what staff type must not freeze the screen. */
    private static String slowPin;

    @TempDir
    Path temp;
    private Path pack;
    private Path kioskFile;
    private Path slowKioskFile;
    private final StringWriter err = new StringWriter();
    private List<Handler> rootHandlers;
    private Stage stage;

    @BeforeAll
    static void hashThePins() {
        pin = StaffPin.create("2468".toCharArray()).toJson();
        slowPin = StaffPin.create("2468".toCharArray(), (int) StaffPin.ITERATIONS.max()).toJson();
    }

    @BeforeEach
    void writeThePackAndTheKioskFile() throws Exception {
        rootHandlers = List.of(Logger.getLogger("").getHandlers());
        pack = temp.resolve("pack");
        saveMuscles(text -> text);
        kioskFile = kioskFile("kiosk.json", pin);
        slowKioskFile = kioskFile("slow-kiosk.json", slowPin);
    }

    private Path kioskFile(String name, String staffPin) throws Exception {
        Path file = temp.resolve(name);
        org.crampguide.testing.PrivateFile.write(file, "{\n" + staffPin + ",\n\"logFolder\": \""
                + temp.resolve("logs").toString().replace("\\", "\\\\") + "\"\n}\n");
        return file;
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        FxToolkit.cleanupStages();
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (!rootHandlers.contains(handler)) {
                Logger.getLogger("").removeHandler(handler);
                handler.close();
            }
        }
    }

    private void saveMuscles(UnaryOperator<String> change) throws Exception {
        Path file = pack.resolve(MUSCLES);
        Files.createDirectories(file.getParent());
        Files.writeString(file, change.apply(new EditedPack().text(MUSCLES)), StandardCharsets.UTF_8);
    }

    private StartPlan.Window prepare(String... args) {
        return assertInstanceOf(StartPlan.Window.class, Launcher.prepare(args, new BundledPack(),
                new PrintWriter(new StringWriter()), new PrintWriter(err, true)), err.toString());
    }

    private StartPlan.Window prepareKiosk() {
        return prepare("--kiosk", "--kiosk-config", kioskFile.toString(), "--content", pack.toString());
    }

    private void open(FxRobot robot, StartPlan.Window startup) {
        robot.interact(() -> stage = Wiring.show(startup, System.nanoTime()));
        waitUntil(() -> stage.isShowing() && node("#detail-title") != null, "the window");
    }

    private void openStaffMenu(FxRobot robot) {
        robot.clickOn(node("#attract"));
        for (int i = 0; i < 5; i++) {
            robot.clickOn(node("#staff-corner"));
        }
        for (String key : List.of("2", "4", "6", "8", "ok")) {
            robot.clickOn(node("#pin-key-" + key));
        }
        waitUntil(() -> visible("#staff-menu"), "the staff menu");
        WaitForAsyncUtils.waitForFxEvents(); // and laid out, as it is by the time anyone can see it
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " did not come within 30 s", e);
        }
    }

    /** A node of the guide's own window (TestFX's lookups may start from another window). */
    private Node node(String selector) {
        return stage.getScene().getRoot().lookup(selector);
    }

    private String text(String selector) {
        return ((Labeled) node(selector)).getText();
    }

    private boolean visible(String selector) {
        return node(selector).isVisible();
    }

    private String calvesButton(FxRobot robot) {
        return text("#muscle-button-calves");
    }

    @Test
    void theKioskAndItsStaffScreensNeedNoRuleTheControlsStylesheetLeftOut(FxRobot robot) {
        open(robot, prepareKiosk());
        openStaffMenu(robot);
        Node everything = stage.getScene().getRoot();
        assertTrue(LeftOutControls.count(everything) > 500, "the whole window: " + LeftOutControls.count(everything));
        assertEquals(List.of(), LeftOutControls.under(everything));
    }

    @Test
    void staffReloadReadsThePackFolderAgainAndDiagnosticsShowWhatIsOnScreen(FxRobot robot) throws Exception {
        StartPlan.Window startup = prepareKiosk();
        saveMuscles(text -> text.replace("\"name\": \"Calves\"", "\"name\": \"Calf muscles\""));
        open(robot, startup); // the change came before the watch began: only Reload can find it
        assertEquals("Calves", calvesButton(robot));
        openStaffMenu(robot);
        assertFalse(visible("#staff-roll-back"), "no chain packs, nothing to go back to");
        String before = diagnostics(robot);
        assertTrue(Pattern.compile("(?m)^speech: (available \\(espeak-ng [0-9.]+\\)|unavailable \\(.+\\))$")
                .matcher(before).find(), "whether the kiosk can speak, and why not: " + before);
        assertTrue(before.contains("Content: " + pack.toAbsolutePath().normalize()), before);
        assertTrue(Pattern.compile("Content version [0-9.]+, last reviewed \\d{4}-\\d\\d-\\d\\d \\(.+\\), next review"
                + " \\d{4}-\\d\\d-\\d\\d").matcher(before).find(), "how current the advice is: " + before);

        robot.clickOn(node("#staff-reload"));
        waitUntil(() -> "Calf muscles".equals(calvesButton(robot)), "the reloaded content");
        assertFalse(visible("#staff-menu"));
        openStaffMenu(robot);
        String after = diagnostics(robot);
        assertNotEquals(fingerprint(before), fingerprint(after), "the fingerprint of what is now on screen");
    }

    private String diagnostics(FxRobot robot) {
        robot.clickOn(node("#staff-diagnostics"));
        return text("#diagnostics");
    }

    private static String fingerprint(String diagnostics) {
        Matcher loaded = Pattern.compile("Loaded: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d, fingerprint ([0-9a-f]{12})")
                .matcher(diagnostics);
        assertTrue(loaded.find(), diagnostics);
        return loaded.group(1);
    }

    @Test
    void staffReloadOfABrokenPackKeepsTheGuideAndSaysWhatIsWrong(FxRobot robot) throws Exception {
        StartPlan.Window startup = prepareKiosk();
        saveMuscles(text -> text.replace("\"name\": \"Calves\",", "\"name\": \"Calves\" \"oops\","));
        open(robot, startup);

        openStaffMenu(robot);
        robot.clickOn(node("#staff-reload"));
        waitUntil(() -> text("#notice-text").contains("not valid JSON"),
                "the notice");
        String notice = text("#notice-text");
        assertTrue(notice.contains(pack.resolve(MUSCLES).toString() + ":"), notice);
        assertEquals("Calves", calvesButton(robot), "the last good guide stays");
    }

    @Test
    void thePinIsCheckedWhileTheScreenKeepsDrawing(FxRobot robot) {
        open(robot, prepare("--kiosk", "--kiosk-config", slowKioskFile.toString()));
        AtomicInteger frames = new AtomicInteger();
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.incrementAndGet();
            }
        };
        robot.interact(counter::start);
        robot.clickOn(node("#attract"));
        for (int i = 0; i < 5; i++) {
            robot.clickOn(node("#staff-corner"));
        }
        for (String key : List.of("2", "4", "6", "8", "ok")) {
            robot.clickOn(node("#pin-key-" + key));
        }
        String message = text("#pin-message");
        boolean keysWait = node("#pin-keys").isDisabled();
        boolean menuAlready = visible("#staff-menu");
        int framesAtOk = frames.get();
        waitUntil(() -> visible("#staff-menu"), "the staff menu");
        int framesWhileChecking = frames.get() - framesAtOk;
        robot.interact(counter::stop);

        assertFalse(menuAlready, "the click returned before the check was done");
        assertEquals("Checking…", message);
        assertTrue(keysWait, "the keys wait while the PIN is checked");
        assertTrue(framesWhileChecking >= 5, "frames drawn during the check: " + framesWhileChecking);
        assertFalse(node("#pin-keys").isDisabled());
    }

    @Test
    void anErrorInTheRunningKioskGoesBackToTheAttractScreen(FxRobot robot) {
        open(robot, prepareKiosk());
        robot.clickOn(node("#attract"));
        robot.clickOn(node("#muscle-button-calves"));
        assertFalse(visible("#attract"));
        Platform.runLater(() -> {
            throw new IllegalStateException("a bug somewhere in a click handler");
        });
        waitUntil(() -> visible("#attract"), "the attract screen");
        assertTrue(stage.isShowing());
        assertTrue(stage.isFullScreen());
    }

    @Test
    void noKeyLeavesTheKioskButEscapeStillClearsTheSearch(FxRobot robot) {
        open(robot, prepareKiosk());
        robot.clickOn(node("#attract"));
        robot.clickOn(node("#search-field"));
        robot.interact(() -> ((TextField) node("#search-field")).setText("night"));
        robot.type(KeyCode.ESCAPE);
        assertEquals("", ((TextField) node("#search-field")).getText());
        robot.type(KeyCode.F11);
        robot.press(KeyCode.ALT).press(KeyCode.F4).release(KeyCode.F4).release(KeyCode.ALT);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing());
        assertTrue(stage.isFullScreen());
    }

    @Test
    void aSaveInThePackFolderShowsUpOnTheDesktopWhileItRuns(FxRobot robot) throws Exception {
        open(robot, prepare("--content", pack.toString()));
        assertEquals("Calves", calvesButton(robot));
        saveMuscles(text -> text.replace("\"name\": \"Calves\"", "\"name\": \"Lower legs\""));
        waitUntil(() -> "Lower legs".equals(calvesButton(robot)), "the saved change");
    }
}
