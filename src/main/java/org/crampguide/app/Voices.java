package org.crampguide.app;

import org.crampguide.kiosk.settings.KioskConfig;
import org.crampguide.kiosk.settings.SpeechSettings;
import org.crampguide.speech.EspeakEngine;
import org.crampguide.speech.SpeechMode;
import org.crampguide.speech.SpeechPlayer;
import org.crampguide.speech.Voice;

/** The guide's voice for a start: a kiosk's as its settings say, the desktop's with --speech, else none. */
final class Voices {
    private Voices() {
    }

    static Voice forStart(Options options, KioskConfig kiosk) {
        SpeechSettings speech = kiosk != null ? kiosk.speech()
                : options.speech ? new SpeechSettings(SpeechMode.ALWAYS, EspeakEngine.DEFAULT_RATE, 100) : null;
        if (speech == null || speech.mode() == SpeechMode.OFF) {
            return Voice.silent();
        }
        return new Voice(SpeechPlayer.system(speech.rate(), speech.loudness()), speech.mode());
    }
}
