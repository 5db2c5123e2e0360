package org.crampguide.kiosk;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The staff PIN pad's lock: after {@code maxFailures} wrong PINs in a row it refuses every PIN,
 * even the right one, for {@code lockoutSeconds}; each further lockout lasts twice as long as the
 * one before, up to an hour. The right PIN clears the count. Safe to call from any thread (a PIN
 * check takes a fraction of a second, so the UI may run it off the FX thread).
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

    private final PinCheck staffPin;
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
        this.staffPin = Objects.requireNonNull(staffPin);
        this.limits = Objects.requireNonNull(limits);
        this.millis = Objects.requireNonNull(millis);
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
            return new Attempt.Accepted();
        }
        failures++;
        if (failures < limits.maxFailures()) {
            return new Attempt.Rejected(limits.maxFailures() - failures);
        }
        failures = 0;
        lockouts++;
        long seconds = Math.min(MAX_LOCKOUT_SECONDS, (long) limits.lockoutSeconds() << Math.min(lockouts - 1, 20));
        locked = true;
        lockedUntil = now + seconds * 1000;
        return new Attempt.Locked((int) seconds);
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
