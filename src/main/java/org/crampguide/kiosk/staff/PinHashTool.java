package org.crampguide.kiosk.staff;

import org.crampguide.kiosk.settings.StaffPin;

import java.util.Arrays;
import java.util.Optional;

/**
 * What {@code --hash-pin} does: turns a PIN typed at the console into the {@code "staffPin"}
 * entry for the kiosk file. It neither keeps nor wipes the arrays it is given; the caller does.
 */
public final class PinHashTool {

    /** The entry to paste, or why the PIN was refused. */
    public sealed interface Result {
        record Snippet(String json) implements Result {
        }

        record Refused(String message) implements Result {
        }
    }

    private PinHashTool() {
    }

    public static Result hash(char[] pin) {
        Optional<String> problem = StaffPin.formatProblem(pin);
        if (problem.isPresent()) {
            return new Result.Refused(problem.get());
        }
        return new Result.Snippet(StaffPin.create(pin).toJson());
    }

    /** As {@link #hash(char[])}, when the PIN was asked for twice. */
    public static Result hash(char[] pin, char[] repeated) {
        if (!Arrays.equals(pin, repeated)) {
            return new Result.Refused("the two PINs are not the same; nothing was changed");
        }
        return hash(pin);
    }
}
