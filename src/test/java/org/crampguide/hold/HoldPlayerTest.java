package org.crampguide.hold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.crampguide.hold.HoldPlayer.Side;
import org.crampguide.hold.HoldPlayer.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hold player on a clock the test moves: the count, the hold, the cues, again, other side, stop. */
class HoldPlayerTest {
    private final AtomicLong now = new AtomicLong(5_000_000);
    private final List<String> cues = new ArrayList<>();
    private HoldPlayer player;

    @BeforeEach
    void readyForATwentySecondHold() {
        player = new HoldPlayer(now::get, new HoldCues() {
            @Override
            public void halfway() {
                cues.add("halfway at " + player.secondsLeftProperty().get());
            }

            @Override
            public void end() {
                cues.add("end in " + player.stateProperty().get());
            }
        });
        player.ready(20);
    }

    /** Moves the clock on and ticks, as the owner does a few times a second. */
    private void after(long millis) {
        now.addAndGet(millis);
        player.tick();
    }

    /** Moves the clock in quarter seconds, ticking at each. */
    private void tickThrough(long millis) {
        for (long gone = 0; gone < millis; gone += 250) {
            after(250);
        }
    }

    @Test
    void readyShowsTheWholeHoldAndDoesNotRun() {
        after(60_000);
        assertEquals(State.READY, player.stateProperty().get());
        assertEquals(20, player.secondsLeftProperty().get());
        assertEquals(0, player.progressProperty().get());
        assertFalse(player.runningProperty().get());
        assertEquals(Side.FIRST, player.sideProperty().get());
    }

    @Test
    void getReadyCountsThreeTwoOneASecondEachThenTheHoldBegins() {
        player.start();
        assertEquals(State.GET_READY, player.stateProperty().get());
        assertEquals(3, player.countProperty().get());
        after(999);
        assertEquals(3, player.countProperty().get());
        after(1);
        assertEquals(2, player.countProperty().get());
        after(1000);
        assertEquals(1, player.countProperty().get());
        assertEquals(20, player.secondsLeftProperty().get(), "the hold has not begun during the count");
        assertEquals(0, player.progressProperty().get());
        after(1000);
        assertEquals(State.HOLDING, player.stateProperty().get());
        assertEquals(0, player.countProperty().get());
        assertEquals(20, player.secondsLeftProperty().get());
    }

    @Test
    void theHoldCountsTheSecondsDownAndFillsTheProgress() {
        player.start();
        after(3000);
        after(500);
        assertEquals(20, player.secondsLeftProperty().get(), "a second part gone still shows the whole second");
        after(4500);
        assertEquals(15, player.secondsLeftProperty().get());
        assertEquals(0.25, player.progressProperty().get(), 1e-9);
        after(15_000);
        assertEquals(State.DONE, player.stateProperty().get());
        assertEquals(0, player.secondsLeftProperty().get());
        assertEquals(1, player.progressProperty().get());
        assertFalse(player.runningProperty().get());
    }

    @Test
    void halfwayAndTheEndAreCuedOnceEachInTheirOrder() {
        player.start();
        tickThrough(3000 + 9750);
        assertEquals(List.of(), cues, "nothing before halfway");
        tickThrough(250);
        assertEquals(List.of("halfway at 10"), cues);
        tickThrough(9750);
        assertEquals(List.of("halfway at 10"), cues, "halfway once, however many ticks follow");
        tickThrough(250);
        tickThrough(30_000);
        assertEquals(List.of("halfway at 10", "end in DONE"), cues);
    }

    @Test
    void aTickThatJumpsPastHalfwayAndTheEndCuesEachOnce() {
        player.start();
        after(2000);
        after(60_000);
        assertEquals(State.DONE, player.stateProperty().get());
        assertEquals(List.of("halfway at 0", "end in DONE"), cues);
        after(60_000);
        assertEquals(2, cues.size());
    }

    @Test
    void aTickThatJumpsPastHalfwayOnlyCuesHalfway() {
        player.start();
        after(3000 + 14_000);
        assertEquals(List.of("halfway at 6"), cues);
        assertEquals(State.HOLDING, player.stateProperty().get());
    }

    @Test
    void againHoldsTheSameSideFromTheCountWithFreshCues() {
        player.start();
        after(30_000);
        player.again();
        assertEquals(State.GET_READY, player.stateProperty().get());
        assertEquals(3, player.countProperty().get());
        assertEquals(20, player.secondsLeftProperty().get());
        assertEquals(0, player.progressProperty().get());
        assertEquals(Side.FIRST, player.sideProperty().get());
        after(30_000);
        assertEquals(List.of("halfway at 0", "end in DONE", "halfway at 0", "end in DONE"), cues);
    }

    @Test
    void againDuringAHoldRestartsTheCountWithoutStoppingInBetween() {
        List<Boolean> running = new ArrayList<>();
        player.runningProperty().addListener((obs, was, is) -> running.add(is));
        player.start();
        after(3000 + 12_000);
        player.again();
        assertEquals(State.GET_READY, player.stateProperty().get());
        assertEquals(List.of(true), running, "the kiosk's idle reset keeps waiting");
        after(3000 + 12_000);
        assertEquals(List.of("halfway at 8", "halfway at 8"), cues);
    }

    @Test
    void otherSideHoldsTheOtherSideFromTheCount() {
        player.start();
        after(30_000);
        player.otherSide();
        assertEquals(Side.OTHER, player.sideProperty().get());
        assertEquals(State.GET_READY, player.stateProperty().get());
        assertEquals(3, player.countProperty().get());
        after(3000 + 20_000);
        assertEquals(State.DONE, player.stateProperty().get());
        player.otherSide();
        assertEquals(Side.FIRST, player.sideProperty().get(), "and back to the first");
    }

    @Test
    void stopGoesBackToReadyWithoutACue() {
        player.start();
        after(3000 + 5000);
        player.stop();
        assertEquals(State.READY, player.stateProperty().get());
        assertEquals(20, player.secondsLeftProperty().get());
        assertEquals(0, player.progressProperty().get());
        after(60_000);
        assertEquals(List.of(), cues);
    }

    @Test
    void startDoesNotRestartARunningHold() {
        player.start();
        after(3000 + 5000);
        player.start();
        assertEquals(State.HOLDING, player.stateProperty().get());
        assertEquals(15, player.secondsLeftProperty().get());
    }

    @Test
    void runningCoversTheCountAndTheHoldSoTheKioskWaits() {
        assertFalse(player.runningProperty().get());
        player.start();
        assertTrue(player.runningProperty().get());
        after(3000);
        assertTrue(player.runningProperty().get());
        after(20_000);
        assertFalse(player.runningProperty().get());
    }

    @Test
    void readyForAnotherStretchTakesItsLengthAndTheFirstSide() {
        player.start();
        player.otherSide();
        player.ready(45);
        assertEquals(State.READY, player.stateProperty().get());
        assertEquals(45, player.secondsProperty().get());
        assertEquals(45, player.secondsLeftProperty().get());
        assertEquals(Side.FIRST, player.sideProperty().get());
    }

    @Test
    void aHoldLastsAtLeastASecond() {
        assertThrows(IllegalArgumentException.class, () -> player.ready(0));
    }

    @Test
    void aCueAddedByTheViewHearsEachMomentAfterTheOwnersCues() {
        player.addCues(new HoldCues() {
            @Override
            public void halfway() {
                cues.add("flash");
            }

            @Override
            public void end() {
                cues.add("flash");
            }
        });
        player.start();
        after(3000 + 20_000);
        assertEquals(List.of("halfway at 0", "flash", "end in DONE", "flash"), cues);
    }
}
