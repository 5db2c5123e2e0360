package org.crampguide.hold;

/**
 * What happens at the two moments of a hold that someone who cannot look at the screen needs to
 * know about: halfway, and the end. {@link HoldPlayer} calls each exactly once per hold, on the
 * thread that ticks it (the JavaFX thread in the app), so an implementation returns at once.
 */
public interface HoldCues {
    /** Half the hold has passed. */
    void halfway();

    /** The hold is over: let go slowly. */
    void end();

    /** Cues that do nothing: for an owner whose setting turns the tones off. */
    static HoldCues silent() {
        return Silent.INSTANCE;
    }

    /** The cues that do nothing. */
    enum Silent implements HoldCues {
        INSTANCE;

        @Override
        public void halfway() {
        }

        @Override
        public void end() {
        }
    }
}
