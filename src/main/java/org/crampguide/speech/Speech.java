package org.crampguide.speech;

import org.crampguide.content.Language;

/**
 * The guide's voice: says a text in a language, off the caller's thread, cutting whatever it was
 * saying; nothing queues up behind it. Without an engine or a sound device it says nothing and
 * {@link #status()} tells why; it never throws.
 */
public interface Speech {
    /** Says {@code text} now, cutting what is being said. Returns at once. */
    void say(String text, Language language);

    /** Stops what is being said (a new muscle, a reset). */
    void stop();

    SpeechStatus status();

    /** A voice that says nothing, for a guide with speech off. */
    Speech OFF = new Speech() {
        @Override
        public void say(String text, Language language) {
        }

        @Override
        public void stop() {
        }

        @Override
        public SpeechStatus status() {
            return SpeechStatus.unavailable("turned off");
        }
    };
}
