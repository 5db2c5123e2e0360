package org.crampguide.kiosk.settings;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Base64;
import java.util.List;
import org.crampguide.content.LocatedJson;
import org.crampguide.content.Problem;

/** Checks single values of the kiosk file, adding a located problem for each one that is wrong. */
final class SettingChecks {
    private final LocatedJson<?> file;
    private final List<Problem> problems;

    SettingChecks(LocatedJson<?> file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    void problem(String pointer, String message) {
        problems.add(file.problem(pointer, message));
    }

    /** True when the value is there; when it is not, reports it unless it was reported while reading. */
    boolean required(Object value, String pointer, String hint) {
        if (value != null && !(value instanceof JsonNode node && node.isNull())) {
            return true;
        }
        if (!file.reported().contains(pointer)) {
            String name = pointer.substring(pointer.lastIndexOf('/') + 1);
            problem(pointer, (file.has(pointer) ? "\"" + name + "\" must not be null"
                    : "missing required field \"" + name + "\"") + hint);
        }
        return false;
    }

    /** True when the value was left out (use the default); a JSON null is reported, not taken as left out. */
    boolean absent(Object value, String pointer, String defaultText) {
        if (value != null && !(value instanceof JsonNode node && node.isNull())) {
            return false;
        }
        if (file.has(pointer) && !file.reported().contains(pointer)) {
            problem(pointer, "must not be null (leave it out for the default, " + defaultText + ")");
        }
        return true;
    }

    /** The setting's value, or its default when left out or wrong (a wrong value is reported). */
    long number(JsonNode node, NumberSetting setting) {
        if (absent(node, setting.pointer(), String.valueOf(setting.defaultValue()))) {
            return setting.defaultValue();
        }
        if (!node.isNumber() || !node.canConvertToExactIntegral()) {
            problem(setting.pointer(), "must be a whole number " + setting.allowed() + ", not " + describe(node));
            return setting.defaultValue();
        }
        BigInteger value = node.bigIntegerValue();
        if (value.compareTo(BigInteger.valueOf(setting.min())) < 0
                || value.compareTo(BigInteger.valueOf(setting.max())) > 0) {
            problem(setting.pointer(), "must be " + setting.allowed() + " (found " + value + ")");
            return setting.defaultValue();
        }
        return value.longValue();
    }

    boolean flag(JsonNode node, String pointer, boolean defaultValue) {
        if (absent(node, pointer, String.valueOf(defaultValue))) {
            return defaultValue;
        }
        if (!node.isBoolean()) {
            problem(pointer, "must be true or false, not " + describe(node));
            return defaultValue;
        }
        return node.booleanValue();
    }

    /**
     * The gym's emergency number, or null (the content pack's) when left out or wrong (a wrong one
     * is reported): a short text with at least one digit, such as "112" or "000 (ambulance)".
     */
    String emergencyNumber(String text, String pointer) {
        if (absent(text, pointer, "the content pack's number for each language")) {
            return null;
        }
        String problem = text.isBlank() ? "is empty (leave it out to use the content pack's number)"
                : text.chars().noneMatch(Character::isDigit) ? "must hold the number to call, such as \"112\" (found \""
                        + text + "\")"
                : text.length() > KioskConfig.EMERGENCY_NUMBER_MAX_LENGTH ? "is " + text.length()
                        + " characters long; keep it to the number (at most " + KioskConfig.EMERGENCY_NUMBER_MAX_LENGTH
                        + " characters)"
                : text.contains("{") || text.contains("\n") ? "must be the number itself, on one line, without placeholders"
                : org.crampguide.content.TextEncoding.hiddenCharacter(text).orElse(null);
        if (problem != null) {
            problem(pointer, problem);
            return null;
        }
        return text.strip();
    }

    /** The decoded bytes, or null (reported) when the text is missing, not base64, or too short or long. */
    byte[] base64(String text, String pointer, int minBytes, int maxBytes) {
        if (!required(text, pointer, "")) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            problem(pointer, "is not valid base64 (" + e.getMessage() + "); copy it again from the output of --hash-pin");
            return null;
        }
        if (bytes.length < minBytes || bytes.length > maxBytes) {
            String expected = minBytes == maxBytes ? minBytes + " bytes" : "at least " + minBytes + " bytes";
            problem(pointer, "holds " + bytes.length + " bytes but must hold " + expected
                    + "; copy it again from the output of --hash-pin");
            return null;
        }
        return bytes;
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a text (\"" + node.textValue() + "\")";
            case BOOLEAN -> node.booleanValue() ? "true" : "false";
            case NUMBER -> node.asText();
            case ARRAY -> "a list [...]";
            case OBJECT, POJO -> "an object {...}";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
