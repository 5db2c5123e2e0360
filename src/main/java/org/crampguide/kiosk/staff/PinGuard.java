package org.crampguide.kiosk.staff;

import org.crampguide.kiosk.KioskClock;
import org.crampguide.kiosk.settings.PinAttempts;
import org.crampguide.kiosk.settings.PinCheck;
import org.crampguide.kiosk.settings.StaffPin;

import java.time.Clock;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The staff PIN pad's lock: after {@code maxFailures} wrong PINs in a row it refuses every PIN,
 * even the right one, for {@code lockoutSeconds}; each further lockout lasts twice as long as the
 * one before, up to an hour. The right PIN clears the count. Safe to call from any thread (a PIN
 * check takes a fraction of a second, so the UI may run it off the FX thread). The count and the
 * lockout are saved to a {@link PinLockFile} after every PIN and read back at start, so a restart
 * or a power cut neither opens a locked pad nor resets the doubling. Every wrong PIN and every
 * lockout is logged (never the digits).
 */
public final class PinGuard {
    public static final int MAX_LOCKOUT_SECONDS = 3600;

    /** What happened to one PIN typed on the pad. */
    public sealed interface Attempt {
        /** The right PIN: staff may go on. */
        record Accepted() implements Attempt {
        }

        /** A wrong PIN; {@code remainingBeforeLockout} more wrong ones lock the pad. */
        record Rejected(int remainingBeforeLockout) implements Attempt {
        }

        /** The pad is locked (this PIN was not even checked, or was the wrong one that locked it). */
        record Locked(int secondsLeft) implements Attempt {
        }
    }

    private static final System.Logger LOG = System.getLogger(PinGuard.class.getName());

    private final PinCheck staffPin;
    private final PinLockFile saved;
    private final Clock wall;
    private final PinAttempts limits;
    private final LongSupplier millis;
    private int failures;
    private int lockouts;
    private boolean locked;
    private long lockedUntil;

    /**
     * @param staffPin usually the {@link StaffPin} from the kiosk file
     * @param millis a monotonic clock, such as {@link KioskClock#monotonicMillis()}
     */
    public PinGuard(PinCheck staffPin, PinAttempts limits, LongSupplier millis) {
        this(staffPin, limits, millis, PinLockFile.none(), Clock.systemUTC());
    }

    /**
     * @param saved where the lock is kept between runs; read now
     * @param wall the wall clock, for a lockout's end that must outlive the process (a lockout read
     *        back never lasts longer than {@value #MAX_LOCKOUT_SECONDS} s, whatever the clock did)
     */
    public PinGuard(PinCheck staffPin, PinAttempts limits, LongSupplier millis, PinLockFile saved, Clock wall) {
        this.staffPin = Objects.requireNonNull(staffPin);
        this.limits = Objects.requireNonNull(limits);
        this.millis = Objects.requireNonNull(millis);
        this.saved = Objects.requireNonNull(saved);
        this.wall = Objects.requireNonNull(wall);
        PinLockFile.Saved before = saved.load();
        failures = Math.max(0, before.failures());
        lockouts = Math.max(0, before.lockouts());
        long left = Math.min(MAX_LOCKOUT_SECONDS * 1000L, before.lockedUntilEpochMillis() - wall.millis());
        if (left > 0) {
            locked = true;
            lockedUntil = millis.getAsLong() + left;
            LOG.log(System.Logger.Level.WARNING, "staff PIN pad: still locked for " + (left + 999) / 1000
                    + " s after a restart");
        }
    }

    public synchronized Attempt tryPin(char[] pin) {
        long now = millis.getAsLong();
        int secondsLeft = secondsLocked(now);
        if (secondsLeft > 0) {
            return new Attempt.Locked(secondsLeft);
        }
        if (staffPin.matches(pin)) {
            failures = 0;
            lockouts = 0;
            save(now);
            LOG.log(System.Logger.Level.INFO, "staff PIN accepted");
            return new Attempt.Accepted();
        }
        failures++;
        if (failures < limits.maxFailures()) {
            save(now);
            LOG.log(System.Logger.Level.WARNING, "staff PIN: a wrong PIN (" + failures + " in a row; "
                    + (limits.maxFailures() - failures) + " more lock the pad)");
            return new Attempt.Rejected(limits.maxFailures() - failures);
        }
        failures = 0;
        lockouts++;
        long seconds = Math.min(MAX_LOCKOUT_SECONDS, (long) limits.lockoutSeconds() << Math.min(lockouts - 1, 20));
        locked = true;
        lockedUntil = now + seconds * 1000;
        save(now);
        LOG.log(System.Logger.Level.WARNING, "staff PIN: a wrong PIN; the pad is locked for " + seconds + " s (lockout "
                + lockouts + ")");
        return new Attempt.Locked((int) seconds);
    }

    private void save(long now) {
        long until = locked && lockedUntil > now ? wall.millis() + (lockedUntil - now) : 0;
        saved.save(new PinLockFile.Saved(failures, lockouts, until));
    }

    /** Whole seconds (rounded up) until the pad takes PINs again; 0 when it takes them now. */
    public synchronized int secondsLocked() {
        return secondsLocked(millis.getAsLong());
    }

    private int secondsLocked(long now) {
        if (!locked || now >= lockedUntil) {
            locked = false;
            return 0;
        }
        return (int) ((lockedUntil - now + 999) / 1000);
    }
}
