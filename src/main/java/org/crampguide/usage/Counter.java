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
    SESSION(1, "session"),
    /** The guide went back to the attract screen after nobody touched it. */
    IDLE_RESET(2, "idle_reset"),
    /** A muscle was opened (label: its id). */
    MUSCLE_OPENED(3, "muscle_opened"),
    /** A visitor unfolded a panel (label: the panel, e.g. {@code see-a-doctor}). */
    PANEL_UNFOLDED(4, "panel_unfolded"),
    /** The stretch hold timer was started (label: the muscle). */
    HOLD_STARTED(5, "hold_started"),
    /** The stretch hold timer ran to its end (label: the muscle). */
    HOLD_COMPLETED(6, "hold_completed"),
    /** "Cramping right now?" was pressed. */
    CRAMPING_NOW(7, "cramping_now"),
    /** Emergency information was shown, at most once per session. */
    EMERGENCY_SHOWN(8, "emergency_shown"),
    /** A search ended without finding anything (label: its normalised words). */
    SEARCH_UNANSWERED(9, "search_unanswered"),
    /** A visitor switched language (label: the language code). */
    LANGUAGE_CHOSEN(10, "language_chosen"),
    /** The kiosk recovered from an unexpected error. */
    ERROR_RECOVERED(11, "error_recovered"),
    /** First aid: "Yes — one of these" at call now? (label: the muscle). */
    FLOW_CALL_NOW(12, "flow_call_now"),
    /** First aid: "Yes — one of these" at don't stretch if… (label: the muscle). */
    FLOW_DONT_STRETCH(13, "flow_dont_stretch"),
    /** First aid: "Yes, it has eased" after the stretch (label: the muscle). */
    FLOW_EASED(14, "flow_eased"),
    /** First aid: "Not yet" after the stretch (label: the muscle). */
    FLOW_NOT_EASED(15, "flow_not_eased"),
    /** First aid: ten minutes without easing brought up get help now (label: the muscle). */
    FLOW_GET_HELP(16, "flow_get_help");

    private final int code;
    private final String stored;

    /** @param code the number in the database (never reused); @param stored the name in the CSV export */
    Counter(int code, String stored) {
        this.code = code;
        this.stored = stored;
    }

    /** The number that stands for the counter in the database, to keep the file small. */
    public int code() {
        return code;
    }

    public static Optional<Counter> ofCode(int code) {
        return Arrays.stream(values()).filter(c -> c.code == code).findFirst();
    }

    /** The name in the CSV export and on the Usage screen's queries. */
    public String stored() {
        return stored;
    }

    public static Optional<Counter> ofStored(String name) {
        return Arrays.stream(values()).filter(c -> c.stored.equals(name)).findFirst();
    }
}
