package org.crampguide.usage;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the kiosk counts, per hour. The name is the one stored in the database and written to the
 * CSV export; the label that goes with a count says which one (a muscle id, a panel, a language
 * code, the words of an unanswered search) or is empty.
 */
public enum Counter {
    /** A visitor's first touch on the attract screen. */
    SESSION("session"),
    /** The guide went back to the attract screen after nobody touched it. */
    IDLE_RESET("idle_reset"),
    /** A muscle was opened (label: its id). */
    MUSCLE_OPENED("muscle_opened"),
    /** A visitor unfolded a panel (label: the panel, e.g. {@code see-a-doctor}). */
    PANEL_UNFOLDED("panel_unfolded"),
    /** The stretch hold timer was started (label: the muscle). */
    HOLD_STARTED("hold_started"),
    /** The stretch hold timer ran to its end (label: the muscle). */
    HOLD_COMPLETED("hold_completed"),
    /** "Cramping right now?" was pressed. */
    CRAMPING_NOW("cramping_now"),
    /** Emergency information was shown, at most once per session. */
    EMERGENCY_SHOWN("emergency_shown"),
    /** A search ended without finding anything (label: its normalised words). */
    SEARCH_UNANSWERED("search_unanswered"),
    /** A visitor switched language (label: the language code). */
    LANGUAGE_CHOSEN("language_chosen"),
    /** The kiosk recovered from an unexpected error. */
    ERROR_RECOVERED("error_recovered");

    private final String stored;

    Counter(String stored) {
        this.stored = stored;
    }

    /** The name in the database and the CSV export. */
    public String stored() {
        return stored;
    }

    public static Optional<Counter> ofStored(String name) {
        return Arrays.stream(values()).filter(c -> c.stored.equals(name)).findFirst();
    }
}
