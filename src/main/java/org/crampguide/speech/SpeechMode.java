package org.crampguide.speech;

import java.util.Optional;

/** The kiosk's {@code "speech"} setting (and {@code --speech} on the desktop, which is {@link #ALWAYS}). */
public enum SpeechMode {
    /** No voice and no speaker button. */
    OFF("off"),
    /** The speaker button reads the step on screen; its toggle reads every step as it comes. */
    ON_REQUEST("on-request"),
    /** Every step and the hold's cues are read as they come; the button reads the step again. */
    ALWAYS("always");

    private final String setting;

    SpeechMode(String setting) {
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }

    public static Optional<SpeechMode> ofSetting(String text) {
        for (SpeechMode mode : values()) {
            if (mode.setting.equals(text)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
