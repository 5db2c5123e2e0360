package org.crampguide.kiosk;

import org.crampguide.testing.FakeClock;

import org.crampguide.kiosk.settings.PinAttempts;
import org.crampguide.kiosk.settings.PinCheck;
import org.crampguide.kiosk.staff.PinGuard;
import org.crampguide.kiosk.staff.PinLockFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.crampguide.kiosk.staff.PinGuard.Attempt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PIN pad's lock outlives the process: a kiosk restarted (or its power cut) during a lockout
 * is still locked for what is left, with the doubling kept; the right PIN clears what is saved.
 */
class PinLockRestartTest {
    private static final char[] RIGHT = "2468".toCharArray();
    private static final char[] WRONG = "1111".toCharArray();
    private static final PinCheck PIN = pin -> Arrays.equals(pin, RIGHT);
    private static final PinAttempts LIMITS = new PinAttempts(3, 30);

    @TempDir
    Path state;
    private Instant now = Instant.parse("2026-12-02T10:00:00Z");

    private PinGuard restarted() {
        // each run has its own monotonic clock, starting anywhere; only the wall clock carries over
        FakeClock monotonic = new FakeClock();
        monotonic.advance((long) (Math.random() * 1e9));
        return new PinGuard(PIN, LIMITS, monotonic, new PinLockFile(state), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aRestartDuringALockoutKeepsThePadLockedForWhatIsLeft() {
        PinGuard guard = restarted();
        for (int i = 0; i < 3; i++) {
            guard.tryPin(WRONG);
        }
        now = now.plusSeconds(3); // kill -9, and the kiosk is back 3 s later
        PinGuard after = restarted();
        assertEquals(new Attempt.Locked(27), after.tryPin(RIGHT), "the right PIN does not open a locked pad");
        now = now.plusSeconds(27);
        PinGuard later = restarted();
        assertEquals(new Attempt.Rejected(2), later.tryPin(WRONG));
        later.tryPin(WRONG);
        assertEquals(new Attempt.Locked(60), later.tryPin(WRONG), "the doubling survives the restart");
    }

    @Test
    void wrongPinsInARowAreCountedAcrossARestart() {
        restarted().tryPin(WRONG);
        restarted().tryPin(WRONG);
        assertEquals(new Attempt.Locked(30), restarted().tryPin(WRONG));
    }

    @Test
    void theRightPinClearsWhatIsSaved() {
        PinGuard guard = restarted();
        guard.tryPin(WRONG);
        guard.tryPin(WRONG);
        assertEquals(new Attempt.Accepted(), guard.tryPin(RIGHT));
        assertEquals(new Attempt.Rejected(2), restarted().tryPin(WRONG));
    }

    @Test
    void aClockSetFarAheadNeverLocksThePadForMoreThanAnHour() throws Exception {
        Files.writeString(state.resolve(PinLockFile.NAME), "failures=0\nlockouts=5\nlockedUntil="
                + now.plusSeconds(86_400 * 365).toEpochMilli() + "\n");
        assertEquals(PinGuard.MAX_LOCKOUT_SECONDS, restarted().secondsLocked());
    }

    @Test
    void aFileThatCannotBeReadStartsUnlockedAndIsReplacedWhole() throws Exception {
        Files.writeString(state.resolve(PinLockFile.NAME), "failures=lots\n");
        PinGuard guard = restarted();
        assertEquals(new Attempt.Rejected(2), guard.tryPin(WRONG));
        String saved = Files.readString(state.resolve(PinLockFile.NAME));
        assertTrue(saved.contains("failures=1") && saved.contains("lockedUntil=0"), saved);
        assertTrue(Files.notExists(state.resolve(PinLockFile.NAME + ".part")), "no half-written file is left");
    }
}
