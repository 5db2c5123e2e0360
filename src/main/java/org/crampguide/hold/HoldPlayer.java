package org.crampguide.hold;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A stretch hold, on its owner's clock: ready; a get-ready count of 3, 2, 1 (a second each); the
 * hold itself for at least a number of seconds; done. It moves only when {@link #tick()} is called
 * (the owner ticks it a few times a second, a test moves the clock), and catches up however far
 * the clock has gone, so the halfway and end cues come exactly once each per hold. Only this class
 * changes its state; the view binds to its read-only properties.
 */
public final class HoldPlayer {
    /** Where the hold is. */
    public enum State { READY, GET_READY, HOLDING, DONE }

    /** Which side of the body is being held: the first, or the other one after "Other side". */
    public enum Side { FIRST, OTHER }

    /** The hold length until {@link #ready(int)} gives the stretch's own. */
    public static final int DEFAULT_SECONDS = 30;
    /** The get-ready count starts here and goes down a number a second. */
    public static final int COUNT_FROM = 3;
    private static final long SECOND = 1000;

    private final LongSupplier millis;
    private final List<HoldCues> cues = new ArrayList<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.READY);
    private final ReadOnlyObjectWrapper<Side> side = new ReadOnlyObjectWrapper<>(this, "side", Side.FIRST);
    private final ReadOnlyIntegerWrapper seconds = new ReadOnlyIntegerWrapper(this, "seconds", DEFAULT_SECONDS);
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "count");
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(this, "secondsLeft", DEFAULT_SECONDS);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyBooleanWrapper pastHalfway = new ReadOnlyBooleanWrapper(this, "pastHalfway");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    /** When the get-ready count began; the hold begins {@link #COUNT_FROM} seconds later. */
    private long countFrom;

    /**
     * @param millis a monotonic clock in milliseconds (the kiosk's clock, or {@code System.nanoTime() / 1e6})
     * @param cues what sounds at halfway and at the end: {@link ToneCues}, or {@link HoldCues#silent()}
     *        where the setting turns tones off
     */
    public HoldPlayer(LongSupplier millis, HoldCues cues) {
        this.millis = Objects.requireNonNull(millis, "millis");
        this.cues.add(Objects.requireNonNull(cues, "cues"));
        running.bind(Bindings.createBooleanBinding(
                () -> state.get() == State.GET_READY || state.get() == State.HOLDING, state));
    }

    /** Also tells {@code more} of halfway and the end (the view's flash, say), after the cues given first. */
    public void addCues(HoldCues more) {
        cues.add(Objects.requireNonNull(more, "more"));
    }

    /** Gets ready for a hold of at least {@code seconds} on the first side, stopping one that runs. */
    public void ready(int seconds) {
        if (seconds < 1) {
            throw new IllegalArgumentException("a hold lasts at least one second, not " + seconds);
        }
        this.seconds.set(seconds);
        side.set(Side.FIRST);
        stop();
    }

    /** Starts the get-ready count on the current side; does nothing while a count or hold runs. */
    public void start() {
        if (!running.get()) {
            countDown();
        }
    }

    /** The same hold on the same side again, from the get-ready count (also while one runs). */
    public void again() {
        countDown();
    }

    /** The same hold for the other side of the body, from the get-ready count. */
    public void otherSide() {
        side.set(side.get() == Side.FIRST ? Side.OTHER : Side.FIRST);
        countDown();
    }

    /** Back to ready on the current side, with no cue. */
    public void stop() {
        startOver();
        state.set(State.READY);
    }

    /** Brings the count, seconds left and progress up to the clock, cueing what has passed since. */
    public void tick() {
        long now = millis.getAsLong();
        if (state.get() == State.GET_READY) {
            long counted = Math.max(0, now - countFrom);
            if (counted < COUNT_FROM * SECOND) {
                count.set(COUNT_FROM - (int) (counted / SECOND));
                return;
            }
            state.set(State.HOLDING);
            count.set(0);
        }
        if (state.get() == State.HOLDING) {
            follow(now - countFrom - COUNT_FROM * SECOND);
        }
    }

    private void countDown() {
        countFrom = millis.getAsLong();
        startOver();
        count.set(COUNT_FROM);
        state.set(State.GET_READY);
    }

    /** Everything but the state and side as before a hold (so a restart never passes through READY). */
    private void startOver() {
        count.set(0);
        secondsLeft.set(seconds.get());
        progress.set(0);
        pastHalfway.set(false);
    }

    /** The hold after {@code held} milliseconds of it. */
    private void follow(long held) {
        long total = seconds.get() * SECOND;
        long elapsed = Math.max(0, Math.min(held, total));
        progress.set((double) elapsed / total);
        secondsLeft.set((int) ((total - elapsed + SECOND - 1) / SECOND));
        if (!pastHalfway.get() && elapsed * 2 >= total) {
            pastHalfway.set(true);
            List.copyOf(cues).forEach(HoldCues::halfway);
        }
        if (elapsed >= total) {
            state.set(State.DONE);
            List.copyOf(cues).forEach(HoldCues::end);
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The side being held; it changes with {@link #otherSide()} and goes back to the first with {@link #ready(int)}. */
    public ReadOnlyObjectProperty<Side> sideProperty() {
        return side.getReadOnlyProperty();
    }

    /** The hold's length: at least this many seconds. */
    public ReadOnlyIntegerProperty secondsProperty() {
        return seconds.getReadOnlyProperty();
    }

    /** 3, 2, 1 during the get-ready count; 0 otherwise. */
    public ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The whole seconds of the hold still to go, rounded up: the full length until the hold begins, 0 when done. */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** How much of the hold has passed, from 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether this hold has passed its halfway cue. */
    public ReadOnlyBooleanProperty pastHalfwayProperty() {
        return pastHalfway.getReadOnlyProperty();
    }

    /** True while the get-ready count or the hold runs: the kiosk's idle reset waits meanwhile. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
