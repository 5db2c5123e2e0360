package org.crampguide.kiosk;

import org.crampguide.testing.FakeClock;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.crampguide.kiosk.IdleMonitor.State;
import org.junit.jupiter.api.Test;

/** Left alone, the kiosk warns, counts down and goes back to the start; a touch keeps it going. */
class IdleMonitorTest {
    private final FakeClock clock = new FakeClock();
    private final List<String> shown = new ArrayList<>();
    private final IdleMonitor monitor = new IdleMonitor(60, 20, clock, new IdleMonitor.Listener() {
        @Override
        public void onWarning(int secondsLeft) {
            shown.add("warning " + secondsLeft);
        }

        @Override
        public void onCountdown(int secondsLeft) {
            shown.add("countdown " + secondsLeft);
        }

        @Override
        public void onReset() {
            shown.add("reset");
        }

        @Override
        public void onActive() {
            shown.add("active");
        }
    });

    /** Lets {@code millis} pass in ticks of 250 ms, as the UI's timer does. */
    private void idle(long millis) {
        for (long passed = 0; passed < millis; passed += 250) {
            clock.advance(Math.min(250, millis - passed));
            monitor.tick();
        }
    }

    @Test
    void theIdlePeriodWaitsWhileAFirstAidEpisodeIsOpenAndRunsInFullOnceItEnds() {
        java.util.concurrent.atomic.AtomicBoolean episode = new java.util.concurrent.atomic.AtomicBoolean(true);
        List<String> heard = new ArrayList<>();
        IdleMonitor waiting = new IdleMonitor(60, 20, clock, new IdleMonitor.Listener() {
            @Override
            public void onWarning(int secondsLeft) {
                heard.add("warning " + secondsLeft);
            }

            @Override
            public void onCountdown(int secondsLeft) {
            }

            @Override
            public void onReset() {
                heard.add("reset");
            }

            @Override
            public void onActive() {
            }
        }, episode::get);
        for (int second = 0; second < 10 * 60; second++) { // ten minutes untouched, a cramp being dealt with
            clock.advance(1000);
            waiting.tick();
        }
        assertEquals(List.of(), heard, "no warning while the episode is open");
        episode.set(false); // eased, or get help now at ten minutes
        clock.advance(59_999);
        waiting.tick();
        assertEquals(List.of(), heard, "a full idle period from the episode's end");
        clock.advance(1);
        waiting.tick();
        clock.advance(20_000);
        waiting.tick();
        assertEquals(List.of("warning 20", "reset"), heard);
    }

    @Test
    void theWarningAppearsAfterExactlyIdleSeconds() {
        clock.advance(59_999);
        monitor.tick();
        assertEquals(List.of(), shown);
        assertEquals(State.ACTIVE, monitor.state());

        clock.advance(1);
        monitor.tick();
        assertEquals(List.of("warning 20"), shown);
        assertEquals(State.WARNING, monitor.state());
        assertEquals(20, monitor.secondsLeft());
    }

    @Test
    void theWarningCountsDownEachWholeSecond() {
        idle(60_000);
        idle(19_750);

        List<String> expected = new ArrayList<>(List.of("warning 20"));
        for (int left = 19; left >= 1; left--) {
            expected.add("countdown " + left);
        }
        assertEquals(expected, shown);
        assertEquals(1, monitor.secondsLeft());
    }

    @Test
    void theGuideGoesBackToTheStartWhenTheCountdownEnds() {
        idle(60_000);
        idle(19_750);
        assertEquals(State.WARNING, monitor.state());
        shown.clear();

        idle(250);

        assertEquals(List.of("reset"), shown);
        assertEquals(State.ACTIVE, monitor.state());
    }

    @Test
    void afterAResetTheNextWarningWaitsAFullIdlePeriod() {
        idle(80_000);
        shown.clear();

        idle(59_750);
        assertEquals(List.of(), shown);
        idle(250);
        assertEquals(List.of("warning 20"), shown);
    }

    @Test
    void aTouchDuringTheWarningCancelsIt() {
        idle(65_000);
        monitor.activity();

        assertEquals(State.ACTIVE, monitor.state());
        assertEquals("active", shown.get(shown.size() - 1));
        shown.clear();
        idle(59_750);
        assertEquals(List.of(), shown, "the idle period starts again from the touch");
    }

    @Test
    void theStillHereButtonCancelsTheWarning() {
        idle(61_000);
        monitor.keepGoing();

        assertEquals(List.of("warning 20", "countdown 19", "active"), shown);
        assertEquals(State.ACTIVE, monitor.state());
    }

    @Test
    void someoneUsingTheGuideNeverSeesTheWarning() {
        for (int i = 0; i < 10; i++) {
            idle(50_000);
            monitor.activity();
        }

        assertEquals(List.of(), shown);
    }

    @Test
    void theStretchHoldTimerPausesIdling() {
        idle(30_000);
        monitor.pause();
        monitor.activity();
        idle(600_000);

        assertEquals(List.of(), shown);
        assertEquals(State.PAUSED, monitor.state());
    }

    @Test
    void resumingStartsAFullIdlePeriod() {
        idle(59_000);
        monitor.pause();
        idle(5_000);
        monitor.resume();

        idle(59_750);
        assertEquals(List.of(), shown);
        idle(250);
        assertEquals(List.of("warning 20"), shown);
    }

    @Test
    void pausingDuringTheWarningTakesItAway() {
        idle(60_000);
        monitor.pause();
        idle(30_000);

        assertEquals(List.of("warning 20", "active"), shown);
    }

    @Test
    void aLateTickStillShowsTheWholeWarning() {
        clock.advance(300_000);
        monitor.tick();

        assertEquals(List.of("warning 20"), shown);
    }
}
