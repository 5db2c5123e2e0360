package org.crampguide.speech;

/** Whether the guide can speak here and, if not, why ("espeak-ng is not installed", "no sound device"). */
public record SpeechStatus(boolean available, String detail) {
    public static SpeechStatus available(String engine) {
        return new SpeechStatus(true, engine);
    }

    public static SpeechStatus unavailable(String reason) {
        return new SpeechStatus(false, reason);
    }

    /** "speech: available (espeak-ng 1.51)" or "speech: unavailable (no sound device)": Diagnostics' line. */
    @Override
    public String toString() {
        return "speech: " + (available ? "available" : "unavailable") + " (" + detail + ")";
    }
}
