package org.crampguide.firstaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crampguide.content.Muscle;
import org.crampguide.firstaid.FirstAidFlow.Outcome;
import org.crampguide.firstaid.FirstAidFlow.Step;
import org.junit.jupiter.api.Test;

/** Every transition of the first-aid flow, on a clock the test moves; no toolkit. */
class FirstAidFlowTest {
    private static final long MINUTE = 60_000;
    private long now = 1_000_000;
    private final List<Outcome> counted = new ArrayList<>();
    private final FirstAidFlow flow = new FirstAidFlow(() -> now, counted::add);

    private static Muscle muscle(String id) {
        return new Muscle(id, id, List.of(), null, null, null, null, List.of(), null, List.of());
    }

    @Test
    void aMuscleStartsAtCallNowWithNoEpisodeOpen() {
        flow.start(muscle("calves"));
        assertEquals(Step.CALL_NOW, flow.step());
        assertFalse(flow.episodeOpen());
        assertFalse(flow.canGoBack());
        now += 20 * MINUTE;
        flow.tick();
        assertEquals(Step.CALL_NOW, flow.step(), "no answer yet: no episode to escalate");
    }

    @Test
    void twoNoesReachTheStretchAndHasItEasedYesEndsInAftercare() {
        flow.start(muscle("calves"));
        flow.no();
        assertEquals(Step.DONT_STRETCH, flow.step());
        assertTrue(flow.episodeOpen(), "the first answer starts the episode");
        flow.no();
        assertEquals(Step.STRETCH, flow.step());
        flow.stretched();
        assertEquals(Step.EASED, flow.step());
        flow.yes();
        assertEquals(Step.AFTERCARE, flow.step());
        assertFalse(flow.episodeOpen());
        assertEquals(List.of(Outcome.EASED), counted);
    }

    @Test
    void yesAtCallNowGoesToTheCallScreen() {
        flow.start(muscle("chest"));
        flow.yes();
        assertEquals(Step.CALL, flow.step());
        assertFalse(flow.episodeOpen());
        assertEquals(List.of(Outcome.CALL_NOW), counted);
    }

    @Test
    void yesAtDontStretchGoesToTheTearCard() {
        flow.start(muscle("calves"));
        flow.no();
        flow.yes();
        assertEquals(Step.TEAR, flow.step());
        assertFalse(flow.episodeOpen());
        assertEquals(List.of(Outcome.DONT_STRETCH), counted);
    }

    @Test
    void notYetGoesBackToTheStretch() {
        flow.start(muscle("calves"));
        flow.no();
        flow.no();
        flow.stretched();
        flow.no();
        assertEquals(Step.STRETCH, flow.step());
        assertTrue(flow.episodeOpen());
        assertEquals(List.of(Outcome.NOT_EASED), counted);
    }

    @Test
    void tenMinutesWithoutEasingMoveToGetHelpExactlyAtTenMinutesAndOnlyOnce() {
        flow.start(muscle("calves"));
        flow.no();
        flow.no();
        now += 10 * MINUTE - 1;
        flow.tick();
        assertEquals(Step.STRETCH, flow.step(), "one millisecond short of ten minutes");
        now += 1;
        flow.tick();
        assertEquals(Step.GET_HELP, flow.step());
        assertFalse(flow.episodeOpen(), "the idle reset may go on once help is asked for");
        flow.tick();
        flow.back();
        assertEquals(Step.STRETCH, flow.step());
        now += MINUTE;
        flow.tick();
        assertEquals(Step.STRETCH, flow.step(), "escalated once per episode");
        assertEquals(List.of(Outcome.GET_HELP), counted);
    }

    @Test
    void anAnswerAfterTenMinutesEscalatesAtOnce() {
        flow.start(muscle("calves"));
        flow.no();
        flow.no();
        flow.stretched();
        now += 11 * MINUTE;
        flow.no();
        assertEquals(Step.GET_HELP, flow.step());
        assertEquals(List.of(Outcome.NOT_EASED, Outcome.GET_HELP), counted);
    }

    @Test
    void easedBeforeTenMinutesIsNeverEscalated() {
        flow.start(muscle("calves"));
        flow.no();
        flow.no();
        flow.stretched();
        flow.yes();
        now += 30 * MINUTE;
        flow.tick();
        assertEquals(Step.AFTERCARE, flow.step());
    }

    @Test
    void backStepsBackOneAnswerAtATime() {
        flow.start(muscle("calves"));
        flow.no();
        flow.no();
        flow.back();
        assertEquals(Step.DONT_STRETCH, flow.step());
        flow.back();
        assertEquals(Step.CALL_NOW, flow.step());
        assertFalse(flow.canGoBack());
        flow.back();
        assertEquals(Step.CALL_NOW, flow.step());
    }

    @Test
    void anotherMuscleOrTheOverviewEndsTheEpisode() {
        flow.start(muscle("calves"));
        flow.no();
        flow.start(muscle("feet"));
        assertEquals(Step.CALL_NOW, flow.step());
        assertFalse(flow.episodeOpen());
        assertEquals("feet", flow.muscleProperty().get().id());
        flow.no();
        now += 5 * MINUTE;
        flow.end();
        assertNull(flow.muscleProperty().get());
        assertFalse(flow.episodeOpen());
        now += 6 * MINUTE;
        flow.tick();
        assertEquals(Step.CALL_NOW, flow.step(), "the clock of an ended episode does not run on");
    }

    @Test
    void answersWithoutAMuscleDoNothing() {
        flow.no();
        flow.yes();
        assertEquals(Step.CALL_NOW, flow.step());
        assertEquals(List.of(), counted);
    }

    @Test
    void theStretchIsOnlyLeftByItsOwnAnswers() {
        flow.start(muscle("calves"));
        flow.no();
        flow.no();
        flow.yes();
        assertEquals(Step.STRETCH, flow.step(), "no yes/no on the stretch itself");
    }
}
