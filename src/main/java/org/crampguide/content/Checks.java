package org.crampguide.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The small checks the validator repeats over one file, each adding a located problem. */
final class Checks {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final LocatedJson<?> file;
    private final List<Problem> problems;

    Checks(LocatedJson<?> file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    void problem(String pointer, String message) {
        problems.add(file.problem(pointer, message));
    }

    /** A field that must be present and not null; false (with a problem) when it is not. */
    boolean required(Object value, String pointer) {
        if (value != null) {
            return true;
        }
        if (file.reported().contains(pointer)) {
            return false;
        }
        String name = pointer.substring(pointer.lastIndexOf('/') + 1);
        problem(pointer, file.has(pointer) ? "\"" + name + "\" must not be null" : "missing required field \"" + name + "\"");
        return false;
    }

    /**
     * The longest text a screen is laid out for: the bundled guide's longest is 569 characters, and
     * one text of megabytes would stall the screen's layout.
     */
    static final int MAX_TEXT_CHARS = 4_000;

    void text(String value, String pointer) {
        if (required(value, pointer) && value.isBlank()) {
            problem(pointer, "text is empty");
        }
        length(value, pointer);
        placeholders(value, pointer);
    }

    void optionalText(String value, String pointer) {
        if (value != null && value.isBlank()) {
            problem(pointer, "text is empty (leave the field out instead)");
        }
        length(value, pointer);
        placeholders(value, pointer);
    }

    private void length(String value, String pointer) {
        if (value != null && value.length() > MAX_TEXT_CHARS) {
            problem(pointer, "text is " + value.length() + " characters long; at most " + MAX_TEXT_CHARS
                    + " fit on a screen (split it, or move the detail to a source)");
        }
    }

    /**
     * A text shown to people names the emergency number only through its placeholder (so a gym's
     * own number reaches every screen) and uses no placeholder the guide does not know. The
     * sources' own words and the setting that holds the number are exempt.
     */
    private void placeholders(String value, String pointer) {
        if (value == null || pointer.startsWith("/sources/")) {
            return;
        }
        for (String unknown : Placeholders.unknown(value)) {
            problem(pointer, "unknown placeholder " + unknown + " (the guide knows " + Placeholders.EMERGENCY_NUMBER
                    + " and " + Placeholders.STAFF + ")");
        }
        if (pointer.equals("/emergencyNumber")) {
            return;
        }
        String number = Placeholders.writtenNumber(value);
        if (number != null) {
            problem(pointer, "writes the emergency number \"" + number + "\" itself; write "
                    + Placeholders.EMERGENCY_NUMBER + " instead, so that the number set in \"emergencyNumber\""
                    + " (or the kiosk's own) is shown");
        }
    }

    /** A list that must be present and have at least one entry; false when it cannot be walked. */
    boolean nonEmpty(List<?> values, String pointer) {
        if (!required(values, pointer)) {
            return false;
        }
        if (values.isEmpty()) {
            problem(pointer, "list is empty");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                problem(JsonPaths.child(pointer, i), "entry is null");
                return false;
            }
        }
        return true;
    }

    void texts(List<String> values, String pointer) {
        if (nonEmpty(values, pointer)) {
            for (int i = 0; i < values.size(); i++) {
                text(values.get(i), JsonPaths.child(pointer, i));
            }
        }
    }

    /**
     * An id that must be well formed and unique among {@code seen} (id → pointer of first use).
     */
    void id(String id, String pointer, Map<String, String> seen, String what) {
        text(id, pointer);
        if (id == null || id.isBlank()) {
            return;
        }
        if (!ID.matcher(id).matches()) {
            problem(pointer, what + " id \"" + id + "\" must be lower-case letters, digits and dashes (e.g. \"calves\")");
        }
        String first = seen.putIfAbsent(id, pointer);
        if (first != null) {
            int line = file.locations().getOrDefault(first, new int[] {0})[0];
            problem(pointer, "duplicate " + what + " id \"" + id + "\"" + (line > 0 ? " (first used on line " + line + ")" : ""));
        }
    }

    /** An ISO date ({@code 2026-12-02}), or null (with a problem) when it is missing or not one. */
    java.time.LocalDate date(String value, String pointer) {
        text(value, pointer);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            problem(pointer, "\"" + value + "\" is not a date: write it as year-month-day, e.g. \"2026-12-02\"");
            return null;
        }
    }

    static Map<String, String> ids() {
        return new HashMap<>();
    }
}
