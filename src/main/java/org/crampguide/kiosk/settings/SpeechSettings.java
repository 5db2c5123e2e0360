package org.crampguide.kiosk.settings;

import org.crampguide.speech.SpeechMode;

/**
 * The kiosk's voice: {@code "speech"} (off, on request, always), {@code "speechRate"} in words a
 * minute and {@code "speechVolume"} in percent, which the hold's tones share.
 */
public record SpeechSettings(SpeechMode mode, int rate, int volume) {
    public static final SpeechMode DEFAULT_MODE = SpeechMode.ON_REQUEST;
    public static final NumberSetting RATE = new NumberSetting("/speechRate", 80, 300, 160, "words a minute");
    public static final NumberSetting VOLUME = new NumberSetting("/speechVolume", 0, 100, 80, "percent");
    public static final SpeechSettings DEFAULTS = new SpeechSettings(DEFAULT_MODE, (int) RATE.defaultValue(),
            (int) VOLUME.defaultValue());

    public SpeechSettings {
        RATE.require(rate);
        VOLUME.require(volume);
        java.util.Objects.requireNonNull(mode, "mode");
    }

    /** The volume as a share, 0 to 1, for the voice and the tones. */
    public double loudness() {
        return volume / 100.0;
    }
}
