package org.crampguide.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import org.crampguide.app.GuideOnScreen;
import org.crampguide.content.BundledPack;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Language;
import org.crampguide.firstaid.FirstAidFlow.Step;
import org.crampguide.firstaid.FlowCards;
import org.crampguide.library.GuideLibrary;
import org.crampguide.testing.FxThreadErrors;
import org.crampguide.testing.OnScreen;
import org.junit.jupiter.api.AfterEach;
import org.crampguide.testing.RecordingSpeech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** The flow's speaker button reads the step on screen; its toggle reads each step as it comes; no speech, no button. */
@ExtendWith({ApplicationExtension.class, FxThreadErrors.class})
class SpeakerButtonUiTest {
    private static final GuideLibrary LIBRARY = GuideLibrary.load(new BundledPack(), new ArrayList<>()).orElseThrow();

    @AfterEach
    void closeEveryWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private GuideOnScreen open(FxRobot robot, Voice voice) throws Exception {
        GuideOnScreen[] guide = new GuideOnScreen[1];
        FxToolkit.setupStage(stage -> {
            GuideOnScreen.applyTheme();
            guide[0] = new GuideOnScreen(LIBRARY, Language.ENGLISH, () -> 0, voice);
            stage.setScene(guide[0].createScene(1920, 1080));
            stage.show();
        });
        robot.interact(() -> guide[0].select("calves"));
        return guide[0];
    }

    private static Node shown(FxRobot robot, String id) {
        return OnScreen.first(robot, id);
    }

    @Test
    void theButtonReadsTheStepOnScreenAndItsToggleReadsEachStepAsItComes(FxRobot robot) throws Exception {
        RecordingSpeech speech = new RecordingSpeech();
        open(robot, new Voice(speech, SpeechMode.ON_REQUEST));
        GuideContent content = LIBRARY.in(Language.ENGLISH).content();
        FlowCards calves = new FlowCards(content.muscle("calves").orElseThrow(), content.guide(),
                GuideOnScreen.messagesFor(Language.ENGLISH));
        assertTrue(speech.said.isEmpty(), "on request: nothing is said by itself");
        robot.clickOn(shown(robot, "#flow-speak"));
        assertEquals(Voice.words(Step.CALL_NOW, calves), speech.said.get(speech.said.size() - 1));
        robot.clickOn(shown(robot, "#flow-read-along"));
        robot.clickOn(shown(robot, "#flow-no"));
        assertEquals(Voice.words(Step.DONT_STRETCH, calves), speech.said.get(speech.said.size() - 1),
                "reading along: the next step is read as it appears");
    }

    @Test
    void withSpeechOffTheFlowHasNoSpeakerButton(FxRobot robot) throws Exception {
        open(robot, Voice.silent());
        assertTrue(shown(robot, "#first-aid-flow") != null);
        assertEquals(null, shown(robot, "#flow-speak"));
        assertEquals(null, shown(robot, "#flow-read-along"));
    }
}
