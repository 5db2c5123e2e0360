package org.crampguide.kiosk.staff;

import org.crampguide.testing.FakeClock;
import org.crampguide.kiosk.settings.PinAttempts;
import org.crampguide.kiosk.settings.PinCheck;
import org.crampguide.kiosk.settings.StaffPin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.crampguide.kiosk.staff.PinGuard.Attempt;
import org.junit.jupiter.api.Test;

/** The staff PIN pad locks after wrong PINs, longer each time, and the right PIN clears it. */
class PinGuardTest {
    private static final char[] RIGHT = "2468".toCharArray();
    private static final char[] WRONG = "1111".toCharArray();

    private final FakeClock clock = new FakeClock();
    private int checks;
    private final PinCheck staffPin = pin -> {
        checks++;
        return Arrays.equals(pin, RIGHT);
    };

    private PinGuard guard(int maxFailures, int lockoutSeconds) {
        return new PinGuard(staffPin, new PinAttempts(maxFailures, lockoutSeconds), clock);
    }

    private static void lockOut(PinGuard guard, int maxFailures) {
        for (int i = 0; i < maxFailures; i++) {
            guard.tryPin(WRONG);
        }
    }

    @Test
    void threeWrongPinsLockThePadForThirtySeconds() {
        PinGuard guard = guard(3, 30);

        assertEquals(new Attempt.Rejected(2), guard.tryPin(WRONG));
        assertEquals(new Attempt.Rejected(1), guard.tryPin(WRONG));
        assertEquals(new Attempt.Locked(30), guard.tryPin(WRONG));
        assertEquals(30, guard.secondsLocked());
    }

    @Test
    void whileLockedEvenTheRightPinIsRefusedWithoutBeingChecked() {
        PinGuard guard = guard(3, 30);
        lockOut(guard, 3);
        int checksBefore = checks;

        clock.advance(10_500);
        assertEquals(new Attempt.Locked(20), guard.tryPin(RIGHT));
        clock.advance(19_499);
        assertEquals(new Attempt.Locked(1), guard.tryPin(RIGHT));
        assertEquals(checksBefore, checks, "no PIN is checked while the pad is locked");
    }

    @Test
    void theRightPinIsAcceptedOnceTheLockoutIsOver() {
        PinGuard guard = guard(3, 30);
        lockOut(guard, 3);

        clock.advance(30_000);

        assertEquals(0, guard.secondsLocked());
        assertEquals(new Attempt.Accepted(), guard.tryPin(RIGHT));
    }

    @Test
    void eachFurtherLockoutLastsTwiceAsLong() {
        PinGuard guard = guard(2, 30);
        guard.tryPin(WRONG);
        assertEquals(new Attempt.Locked(30), guard.tryPin(WRONG));
        clock.advance(30_000);

        assertEquals(new Attempt.Rejected(1), guard.tryPin(WRONG), "a full set of tries after each lockout");
        assertEquals(new Attempt.Locked(60), guard.tryPin(WRONG));
        clock.advance(60_000);
        lockOut(guard, 1);
        assertEquals(new Attempt.Locked(120), guard.tryPin(WRONG));
    }

    @Test
    void aLockoutNeverLastsMoreThanAnHour() {
        PinGuard guard = guard(1, 1000);
        int[] expected = {1000, 2000, 3600, 3600};
        for (int seconds : expected) {
            assertEquals(new Attempt.Locked(seconds), guard.tryPin(WRONG));
            clock.advance(seconds * 1000L);
        }
    }

    @Test
    void theRightPinClearsTheWrongOnesBeforeIt() {
        PinGuard guard = guard(3, 30);
        lockOut(guard, 2);

        assertEquals(new Attempt.Accepted(), guard.tryPin(RIGHT));
        assertEquals(new Attempt.Rejected(2), guard.tryPin(WRONG));
    }

    @Test
    void theRightPinAlsoClearsTheDoubling() {
        PinGuard guard = guard(1, 30);
        guard.tryPin(WRONG);
        clock.advance(30_000);
        assertEquals(new Attempt.Accepted(), guard.tryPin(RIGHT));

        assertEquals(new Attempt.Locked(30), guard.tryPin(WRONG));
    }

    @Test
    void theRealStaffPinOpensThePad() {
        StaffPin pin = StaffPin.create("8642".toCharArray());
        PinGuard guard = new PinGuard(pin, new PinAttempts(2, 5), clock);

        assertEquals(new Attempt.Rejected(1), guard.tryPin("8643".toCharArray()));
        assertEquals(new Attempt.Accepted(), guard.tryPin("8642".toCharArray()));
    }
}
