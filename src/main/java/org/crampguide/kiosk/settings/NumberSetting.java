package org.crampguide.kiosk.settings;

/**
 * A whole-number setting of the kiosk file: where it stands in the file (a JSON pointer), the
 * values it may take and the value it has when left out.
 */
public record NumberSetting(String pointer, long min, long max, long defaultValue, String unit) {

    public NumberSetting {
        if (!pointer.startsWith("/") || min > max || defaultValue < min || defaultValue > max) {
            throw new IllegalArgumentException("inconsistent setting " + pointer);
        }
    }

    /** The setting as people write it: {@code pinAttempts.maxFailures}. */
    public String name() {
        return pointer.substring(1).replace('/', '.');
    }

    public boolean allows(long value) {
        return value >= min && value <= max;
    }

    /** {@code from 10 to 3600 seconds}. */
    public String allowed() {
        return "from " + min + " to " + max + (unit.isEmpty() ? "" : " " + unit);
    }

    /** The value as an {@code int}, or an {@link IllegalArgumentException} naming the allowed range. */
    int require(long value) {
        if (!allows(value)) {
            throw new IllegalArgumentException(name() + " is " + value + "; it must be " + allowed());
        }
        return Math.toIntExact(value);
    }
}
