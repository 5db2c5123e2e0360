package org.crampguide.speech;

import java.io.IOException;
import java.io.InputStream;
import org.crampguide.content.Language;

/**
 * A text-to-speech engine that writes a WAV stream: espeak-ng today ({@link EspeakEngine}); another
 * engine would be one more implementation. Called off the JavaFX thread only.
 */
public interface SpeechEngine {
    /** Whether the engine can speak here ("espeak-ng 1.51"), or why not; may take a moment the first time. */
    SpeechStatus check();

    /** Starts saying {@code text}; the WAV comes out as it is made. */
    Utterance start(String text, Language language) throws IOException;

    /** One text being spoken: its WAV stream, and how to cut it short. */
    interface Utterance extends AutoCloseable {
        InputStream wav();

        /** Ends the utterance (the engine's process, if any, is stopped). */
        @Override
        void close();
    }
}
