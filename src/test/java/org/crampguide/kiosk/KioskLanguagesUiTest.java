package org.crampguide.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.crampguide.app.GuideOnScreen;
import org.crampguide.content.BundledPack;
import org.crampguide.content.Language;
import org.crampguide.kiosk.settings.KioskConfig;
import org.crampguide.kiosk.staff.StaffActions;
import org.crampguide.kiosk.settings.StaffPin;
import org.crampguide.library.GuideLibrary;
import org.crampguide.speech.SpeechMode;
import org.crampguide.speech.Voice;
import org.crampguide.testing.FxThreadErrors;
import org.crampguide.testing.NodeTree;
import org.crampguide.testing.OnScreen;
import org.crampguide.testing.RecordingSpeech;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk's layers are built in each language as it is first shown, their words given once as the
 * guide's are: a visitor who switches sees the kiosk's own screens in their language, and the layers
 * of a language no longer shown neither speak nor animate beneath the ones on screen. In either
 * language they are drawn without a blur, which JavaFX works out again at every change beneath it
 * and whose pictures it keeps: on a kiosk without a graphics card, that is time and memory all day.
 */
@ExtendWith({ApplicationExtension.class, FxThreadErrors.class})
class KioskLanguagesUiTest {
    @org.junit.jupiter.api.io.TempDir
    Path state;
    private static StaffPin pin;
    private static GuideLibrary library;
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final RecordingSpeech speech = new RecordingSpeech();
    private KioskMode kiosk;
    private Stage stage;

    @BeforeAll
    static void hashThePinOnceAndReadTheGuide() {
        pin = StaffPin.create("2468".toCharArray());
        library = GuideLibrary.load(new BundledPack(), new ArrayList<>()).orElseThrow();
    }

    @AfterEach
    void closeEveryWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        GuideOnScreen.applyTheme();
        GuideOnScreen guide = new GuideOnScreen(library, Language.ENGLISH, now::get,
                new Voice(speech, SpeechMode.ALWAYS));
        stage.setScene(guide.createScene(1920, 1080));
        kiosk = new KioskMode(stage, guide, KioskConfig.withDefaults(pin, state.resolve("logs")), now::get,
                new StaffActions() {
                    @Override
                    public void exit() {
                    }

                    @Override
                    public String diagnostics() {
                        return "";
                    }
                });
        stage.show();
        kiosk.install(false);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    /** Wakes the kiosk, asks for help with a cramp and chooses the calves: what is said, in which languages. */
    private List<Language> crampingNowInTheCalves(FxRobot robot, boolean switchLanguagesFirst) {
        robot.clickOn("#attract");
        if (switchLanguagesFirst) {
            robot.clickOn("#language-ru");
            assertEquals("Свело прямо сейчас?", text(robot, "#cramping-now-button"));
            robot.clickOn("#language-en"); // both languages' layers are built now
            assertEquals("Cramping right now?", text(robot, "#cramping-now-button"));
            assertEquals(1, robot.lookup("#cramping-now-button").queryAll().size(), "one set of layers in the scene");
        }
        speech.languages.clear();
        robot.clickOn("#cramping-now-button");
        robot.clickOn("#stretch-choice-calves");
        assertEquals("Done", text(robot, "#stretch-done"), "the stretch screen in English");
        return List.copyOf(speech.languages);
    }

    @Test
    void eachLanguageHasItsOwnKioskScreensAndOnlyTheShownOnesSpeak(FxRobot robot) {
        List<Language> once = crampingNowInTheCalves(robot, false);
        robot.interact(kiosk::backToStart);
        List<Language> afterBoth = crampingNowInTheCalves(robot, true);
        assertTrue(!once.isEmpty() && once.stream().allMatch(Language.ENGLISH::equals), "said in English: " + once);
        assertEquals(once, afterBoth, "the same said, not once more for each language's layers built");
    }

    @Test
    void theStretchScreensHoldTimerIsInTheLanguageShown(FxRobot robot) {
        robot.clickOn("#attract");
        robot.clickOn("#language-ru");
        robot.clickOn("#cramping-now-button");
        robot.clickOn("#stretch-choice-calves");
        for (String answer : List.of("#flow-no", "#flow-no")) { // no sign to call for help, none not to stretch
            WaitForAsyncUtils.waitForFxEvents();
            Node button = OnScreen.first(robot, "#stretch-now " + answer);
            robot.interact(() -> ((ButtonBase) button).fire());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Начать", ((Labeled) OnScreen.first(robot, "#stretch-now #hold-start")).getText(),
                "the hold timer of a Russian stretch screen in Russian too");
    }

    @Test
    void theWaitingScreenAnimatesInTheLanguageShownAfterAReset(FxRobot robot) {
        robot.clickOn("#attract");
        robot.clickOn("#language-ru");
        robot.interact(kiosk::backToStart); // back to the kiosk's own language, English
        assertTrue(kiosk.attractShowing());
        assertTrue(kiosk.attractAnimating(), "the shown waiting screen cycles through the muscles");
        assertEquals("Tap anywhere to start", text(robot, ".attract-tap"));
    }

    @Test
    void theWaitingScreenOfALanguageNotShownStaysStill(FxRobot robot) {
        robot.clickOn("#attract");
        robot.clickOn("#language-ru"); // Russian layers built, then set aside by the reset
        robot.interact(kiosk::backToStart);
        assertTrue(kiosk.attractAnimating());
        assertFalse(kiosk.hiddenAttractAnimating(), "the Russian waiting screen, out of the scene, does not cycle");
    }

    @Test
    void inEitherLanguageOnlyTheChosenMuscleGlowsTheKiosksScreensHaveNoBlur(FxRobot robot) {
        robot.clickOn("#attract");
        // a muscle of its own in each language: a tap on the chosen one would unchoose it
        for (String[] languageAndMuscle : new String[][] {{"ru", "calves"}, {"en", "hamstrings"}}) {
            robot.clickOn("#language-" + languageAndMuscle[0]);
            robot.clickOn("#muscle-button-" + languageAndMuscle[1]);
            robot.clickOn("#search-field"); // the touch keyboard, at the bottom
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(OnScreen.first(robot, "#touch-keyboard") != null
                    && OnScreen.first(robot, "#cramping-now-button") != null, "the keyboard and the button on screen");
            assertEquals(Set.of("the chosen muscle"), drawnWithAnEffect(stage.getScene().getRoot()), languageAndMuscle[0]);
        }
    }

    /** What carries an effect (a blur) under {@code root}: the chosen muscle's glow, or the node's id or type. */
    private static Set<String> drawnWithAnEffect(Node root) {
        return NodeTree.under(root).filter(node -> node.getEffect() != null)
                .map(node -> node.getStyleClass().contains("muscle-region") ? "the chosen muscle"
                        : node.getClass().getSimpleName() + " #" + node.getId() + " " + node.getStyleClass())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
