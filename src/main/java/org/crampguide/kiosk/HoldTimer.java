package org.crampguide.kiosk;

import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The stretch hold timer, on the kiosk's clock: ready, then holding for a number of seconds, then
 * done. It moves only when {@link #tick()} is called (the kiosk ticks it a few times a second), so
 * a test can run it to its end by moving the clock. Only this class changes its state.
 */
public final class HoldTimer {
    /** Where the hold is. */
    public enum State { READY, HOLDING, DONE }

    private final LongSupplier millis;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.READY);
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(this, "secondsLeft");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private long startedAt;
    private int seconds;

    /** @param millis a monotonic clock, such as {@link KioskClock#monotonicMillis()} */
    public HoldTimer(LongSupplier millis) {
        this.millis = millis;
    }

    /** Gets ready for a hold of {@code seconds} (stopping one that runs). */
    public void ready(int seconds) {
        this.seconds = seconds;
        secondsLeft.set(seconds);
        progress.set(0);
        state.set(State.READY);
    }

    /** Starts (or starts again) the hold from the beginning. */
    public void start() {
        startedAt = millis.getAsLong();
        secondsLeft.set(seconds);
        progress.set(0);
        state.set(State.HOLDING);
    }

    /** Brings the seconds left and the progress up to the clock; ends the hold when the time is up. */
    public void tick() {
        if (state.get() != State.HOLDING) {
            return;
        }
        long elapsed = Math.max(0, millis.getAsLong() - startedAt);
        long total = seconds * 1000L;
        progress.set(Math.min(1, (double) elapsed / total));
        secondsLeft.set((int) Math.max(0, (total - elapsed + 999) / 1000));
        if (elapsed >= total) {
            state.set(State.DONE);
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
