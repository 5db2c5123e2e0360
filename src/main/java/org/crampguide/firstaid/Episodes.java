package org.crampguide.firstaid;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.crampguide.content.Muscle;

/**
 * Makes the first-aid flows of every screen, on one clock, with their answers counted, and knows
 * whether any of them has an episode open (a cramp being dealt with), so that the kiosk's idle
 * reset waits for it. Node-free.
 */
public final class Episodes {
    private final LongSupplier millis;
    private final BiConsumer<FirstAidFlow.Outcome, Muscle> counted;
    private final ReadOnlyIntegerWrapper open = new ReadOnlyIntegerWrapper(this, "open");

    /**
     * @param millis a monotonic clock in milliseconds
     * @param counted told of each counted answer and the muscle it was for (usage counts, metrics)
     */
    public Episodes(LongSupplier millis, BiConsumer<FirstAidFlow.Outcome, Muscle> counted) {
        this.millis = Objects.requireNonNull(millis, "millis");
        this.counted = Objects.requireNonNull(counted, "counted");
    }

    /** A new flow, not yet started, whose episodes count here. */
    public FirstAidFlow newFlow() {
        FirstAidFlow[] made = new FirstAidFlow[1];
        made[0] = new FirstAidFlow(millis, outcome -> counted.accept(outcome, made[0].muscleProperty().get()));
        made[0].episodeOpenProperty().addListener((obs, was, now) -> open.set(open.get() + (now ? 1 : -1)));
        return made[0];
    }

    /** How many flows have an episode open now. */
    public ReadOnlyIntegerProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Whether a cramp is being dealt with on any screen. */
    public boolean anyOpen() {
        return open.get() > 0;
    }
}
