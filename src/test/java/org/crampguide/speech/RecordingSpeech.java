package org.crampguide.speech;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crampguide.content.Language;

/** A voice that keeps what it was told to say, and how often it was stopped. */
final class RecordingSpeech implements Speech {
    final List<String> said = new CopyOnWriteArrayList<>();
    final List<Language> languages = new CopyOnWriteArrayList<>();
    int stops;

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
