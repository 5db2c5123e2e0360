package org.crampguide.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crampguide.content.Language;
import org.crampguide.speech.Speech;
import org.crampguide.speech.SpeechStatus;

/** A voice that keeps what it was told to say, and how often it was stopped. */
public final class RecordingSpeech implements Speech {
    public final List<String> said = new CopyOnWriteArrayList<>();
    public final List<Language> languages = new CopyOnWriteArrayList<>();
    public int stops;

    @Override
    public void say(String text, Language language) {
        said.add(text);
        languages.add(language);
    }

    @Override
    public void stop() {
        stops++;
    }

    @Override
    public SpeechStatus status() {
        return SpeechStatus.available("a test's recorder");
    }
}
