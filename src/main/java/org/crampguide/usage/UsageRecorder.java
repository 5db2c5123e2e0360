package org.crampguide.usage;

/**
 * Counts what happens on the kiosk. {@link #record} only hands the event on (no I/O, no waiting),
 * so it is safe to call from the JavaFX thread; it never throws.
 */
public interface UsageRecorder extends AutoCloseable {

    /** Records nothing: desktop mode, usage statistics turned off, or a database that cannot be used. */
    UsageRecorder OFF = new UsageRecorder() {
        @Override
        public boolean record(Counter counter, String label) {
            return false;
        }

        @Override
        public void close() {
        }
    };

    /**
     * Counts one event in the current hour.
     *
     * @param label which one (a muscle id, a language code, search words), or empty
     * @return whether the event was taken (false: recording is off, or the queue is full)
     */
    boolean record(Counter counter, String label);

    default boolean record(Counter counter) {
        return record(counter, "");
    }

    /** Writes what is still waiting and stops; waits a few seconds at most. */
    @Override
    void close();
}
