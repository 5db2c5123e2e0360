package org.crampguide.kiosk;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Sends the kiosk back to its start screen when nobody has touched it for a while. After
 * {@code idleSeconds} without {@link #activity()} it shows a warning that counts down from
 * {@code countdownSeconds}; a touch cancels it, and when it reaches 0 the guide resets.
 *
 * <p>Driven by the UI, on one thread (the FX thread): {@link #activity()} on every touch or key,
 * {@link #tick()} about every 250 ms. Listener methods are called from those calls, after the
 * state has changed.
 */
public final class IdleMonitor {

    public enum State {
        /** Someone is using the kiosk; the idle period is running. */
        ACTIVE,
        /** The "Still there?" warning is up and counting down. */
        WARNING,
        /** Idling is switched off (the stretch hold timer is running). */
        PAUSED
    }

    /** What the UI shows as the monitor changes state. */
    public interface Listener {
        /** Show the warning, starting at {@code secondsLeft}. */
        void onWarning(int secondsLeft);

        /** The warning's count went down to {@code secondsLeft} (at least 1). */
        void onCountdown(int secondsLeft);

        /** The countdown ran out: hide the warning and go back to the start screen. */
        void onReset();

        /** The warning was cancelled (someone touched the screen): hide it. */
        void onActive();
    }

    private final long idleMillis;
    private final int countdownSeconds;
    private final LongSupplier millis;
    private final Listener listener;
    /** Whether a cramp is being dealt with (a first-aid episode is open): the idle period waits for it. */
    private final BooleanSupplier episodeOpen;
    private State state = State.ACTIVE;
    /** When the idle period (ACTIVE) or the countdown (WARNING) started. */
    private long since;
    private int secondsLeft;

    /** @param millis a monotonic clock, such as {@link KioskClock#monotonicMillis()} */
    public IdleMonitor(int idleSeconds, int countdownSeconds, LongSupplier millis, Listener listener) {
        this(idleSeconds, countdownSeconds, millis, listener, () -> false);
    }

    /**
     * @param episodeOpen whether a first-aid episode is open: while it is, the idle period does not
     *        run (the episode ends with easing, a reset by the person, or get help at ten minutes;
     *        then the idle period and the countdown run as usual)
     */
    public IdleMonitor(int idleSeconds, int countdownSeconds, LongSupplier millis, Listener listener,
            BooleanSupplier episodeOpen) {
        this.episodeOpen = Objects.requireNonNull(episodeOpen);
        if (idleSeconds <= 0 || countdownSeconds <= 0) {
            throw new IllegalArgumentException("idle and countdown times must be positive");
        }
        this.idleMillis = idleSeconds * 1000L;
        this.countdownSeconds = countdownSeconds;
        this.millis = Objects.requireNonNull(millis);
        this.listener = Objects.requireNonNull(listener);
        this.since = millis.getAsLong();
        this.secondsLeft = countdownSeconds;
    }

    /** A touch or key press: restarts the idle period and cancels a warning. Ignored while paused. */
    public void activity() {
        if (state == State.PAUSED) {
            return;
        }
        since = millis.getAsLong();
        if (state == State.WARNING) {
            state = State.ACTIVE;
            secondsLeft = countdownSeconds;
            listener.onActive();
        }
    }

    /** The warning's big "I'm still here" button. */
    public void keepGoing() {
        activity();
    }

    /** Lets time pass: starts the warning, counts it down, or resets. */
    public void tick() {
        long now = millis.getAsLong();
        if (state == State.ACTIVE && episodeOpen.getAsBoolean()) {
            since = now; // the idle period starts when the episode ends
        } else if (state == State.ACTIVE && now - since >= idleMillis) {
            state = State.WARNING;
            since = now;
            secondsLeft = countdownSeconds;
            listener.onWarning(secondsLeft);
        } else if (state == State.WARNING) {
            long elapsedSeconds = Math.max(0, now - since) / 1000;
            int left = (int) Math.max(0, countdownSeconds - elapsedSeconds);
            if (left == 0) {
                state = State.ACTIVE;
                since = now;
                secondsLeft = countdownSeconds;
                listener.onReset();
            } else if (left != secondsLeft) {
                secondsLeft = left;
                listener.onCountdown(left);
            }
        }
    }

    /** Stops idling (a running warning is cancelled) until {@link #resume()}. */
    public void pause() {
        State before = state;
        state = State.PAUSED;
        secondsLeft = countdownSeconds;
        if (before == State.WARNING) {
            listener.onActive();
        }
    }

    /** Starts idling again with a full idle period. */
    public void resume() {
        if (state == State.PAUSED) {
            state = State.ACTIVE;
            since = millis.getAsLong();
        }
    }

    public State state() {
        return state;
    }

    /** The warning's count while it is up; the full countdown otherwise. */
    public int secondsLeft() {
        return secondsLeft;
    }
}
