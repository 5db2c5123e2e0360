package org.crampguide.firstaid;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.crampguide.content.Muscle;

/**
 * First aid for one muscle as two questions and then the stretch: call now? (yes: the call
 * screen), don't stretch if… (yes: the tear card), the stretch, then has it eased? (yes:
 * aftercare; not yet: the stretch again). An episode starts with the first answer; when
 * {@link #ESCALATE_AFTER_MILLIS} pass without "eased", {@link #tick()} moves the flow to get help
 * now by itself. {@link #back()} steps back; {@link #start} with another muscle, or {@link #end()},
 * ends the episode. It moves only when called (the owner ticks it, a test moves the clock); only
 * this class changes its state, and the views bind to its read-only properties.
 */
public final class FirstAidFlow {
    /** A cramp that has not eased after ten minutes needs help. */
    public static final long ESCALATE_AFTER_MILLIS = 10 * 60 * 1000L;

    /** Where the person is in the flow; each step's id is the node id its view carries. */
    public enum Step {
        CALL_NOW("flow-call-now"), DONT_STRETCH("flow-dont-stretch"), STRETCH("flow-stretch"), EASED("flow-eased"),
        AFTERCARE("flow-aftercare"), TEAR("flow-tear"), CALL("flow-call"), GET_HELP("flow-get-help");

        private final String id;

        Step(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        /** The steps an episode is open in once it has begun: the cramp is still being dealt with here. */
        boolean open() {
            return this == CALL_NOW || this == DONT_STRETCH || this == STRETCH || this == EASED;
        }
    }

    /** What is counted (anonymously, per hour) when the flow reaches it. */
    public enum Outcome { CALL_NOW, DONT_STRETCH, EASED, NOT_EASED, GET_HELP }

    private final LongSupplier millis;
    private final Consumer<Outcome> outcomes;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CALL_NOW);
    private final ReadOnlyObjectWrapper<Muscle> muscle = new ReadOnlyObjectWrapper<>(this, "muscle");
    private final ReadOnlyBooleanWrapper episodeOpen = new ReadOnlyBooleanWrapper(this, "episodeOpen");
    private final Deque<Step> history = new ArrayDeque<>();
    /** When the first answer was given, or -1 while no episode has started. */
    private long startedAt = -1;
    private boolean escalated;

    /**
     * @param millis a monotonic clock in milliseconds
     * @param outcomes told each time the flow reaches a counted outcome (usage counts, metrics)
     */
    public FirstAidFlow(LongSupplier millis, Consumer<Outcome> outcomes) {
        this.millis = Objects.requireNonNull(millis, "millis");
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public Step step() {
        return step.get();
    }

    public ReadOnlyObjectProperty<Muscle> muscleProperty() {
        return muscle.getReadOnlyProperty();
    }

    /** True while a cramp is being dealt with: the idle reset waits. */
    public ReadOnlyBooleanProperty episodeOpenProperty() {
        return episodeOpen.getReadOnlyProperty();
    }

    public boolean episodeOpen() {
        return episodeOpen.get();
    }

    /** Whether a back answer has somewhere to go. */
    public boolean canGoBack() {
        return !history.isEmpty();
    }

    /** Begins at the first question for {@code chosen}, ending any episode of another muscle. */
    public void start(Muscle chosen) {
        reset();
        muscle.set(Objects.requireNonNull(chosen, "chosen"));
    }

    /** Ends the episode (the overview, or an idle reset): no muscle, back at the first question. */
    public void end() {
        reset();
        muscle.set(null);
    }

    /** The big "yes" of the step shown: yes, one of these signs (or, at "has it eased?", yes). */
    public void yes() {
        switch (step.get()) {
            case CALL_NOW -> answer(Step.CALL, Outcome.CALL_NOW);
            case DONT_STRETCH -> answer(Step.TEAR, Outcome.DONT_STRETCH);
            case EASED -> answer(Step.AFTERCARE, Outcome.EASED);
            default -> { }
        }
    }

    /** The big "no": none of these signs (or, at "has it eased?", not yet: the stretch again). */
    public void no() {
        switch (step.get()) {
            case CALL_NOW -> answer(Step.DONT_STRETCH, null);
            case DONT_STRETCH -> answer(Step.STRETCH, null);
            case EASED -> answer(Step.STRETCH, Outcome.NOT_EASED);
            default -> { }
        }
    }

    /** The hold is over (or, without a timer, the person says they have stretched): has it eased? */
    public void stretched() {
        if (step.get() == Step.STRETCH) {
            answer(Step.EASED, null);
        }
    }

    /** One step back; the episode's clock keeps running. */
    public void back() {
        if (!history.isEmpty()) {
            move(history.pop());
        }
    }

    /** Moves to get help now when the episode has run ten minutes without easing. */
    public void tick() {
        if (startedAt >= 0 && !escalated && step.get().open() && millis.getAsLong() - startedAt >= ESCALATE_AFTER_MILLIS) {
            escalated = true;
            history.push(step.get());
            move(Step.GET_HELP);
            outcomes.accept(Outcome.GET_HELP);
        }
    }

    private void answer(Step next, Outcome outcome) {
        if (muscle.get() == null) {
            return;
        }
        if (startedAt < 0) {
            startedAt = millis.getAsLong();
        }
        history.push(step.get());
        move(next);
        if (outcome != null) {
            outcomes.accept(outcome);
        }
        tick();
    }

    private void move(Step next) {
        step.set(next);
        episodeOpen.set(startedAt >= 0 && next.open());
    }

    private void reset() {
        history.clear();
        startedAt = -1;
        escalated = false;
        move(Step.CALL_NOW);
    }
}
