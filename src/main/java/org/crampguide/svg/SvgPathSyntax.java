package org.crampguide.svg;

import java.util.Optional;

/**
 * Checks that a path outline ({@code d}) follows the SVG path grammar, so a typo in the artwork is
 * reported instead of silently drawing the wrong shape.
 */
public final class SvgPathSyntax {
    private final String d;
    private int pos;

    private SvgPathSyntax(String d) {
        this.d = d;
    }

    /** Empty when {@code d} is a valid outline, otherwise what is wrong and where. */
    public static Optional<String> problem(String d) {
        if (d == null || d.isBlank()) {
            return Optional.of("the path has no outline (empty \"d\")");
        }
        return Optional.ofNullable(new SvgPathSyntax(d).check());
    }

    private String check() {
        skipSeparators();
        if (pos < d.length() && "Mm".indexOf(d.charAt(pos)) < 0) {
            return "the outline must start with M (move to), found '" + d.charAt(pos) + "' at character " + (pos + 1);
        }
        while (pos < d.length()) {
            char command = d.charAt(pos);
            int arguments = arguments(command);
            if (arguments < 0) {
                return "unknown command '" + command + "' at character " + (pos + 1);
            }
            pos++;
            skipSeparators();
            if (arguments == 0) {
                continue;
            }
            int sets = 0;
            do {
                for (int i = 0; i < arguments; i++) {
                    boolean flag = Character.toLowerCase(command) == 'a' && (i == 3 || i == 4);
                    String error = flag ? flag() : number();
                    if (error != null) {
                        return error + " in the '" + command + "' command"
                                + (sets > 0 || i > 0 ? "" : " (it takes " + arguments + (arguments == 1 ? " number)" : " numbers)"));
                    }
                    skipSeparators();
                }
                sets++;
            } while (pos < d.length() && startsNumber(d.charAt(pos)));
        }
        return null;
    }

    private static int arguments(char command) {
        return switch (Character.toLowerCase(command)) {
            case 'z' -> 0;
            case 'h', 'v' -> 1;
            case 'm', 'l', 't' -> 2;
            case 's', 'q' -> 4;
            case 'c' -> 6;
            case 'a' -> 7;
            default -> -1;
        };
    }

    private String number() {
        int start = pos;
        if (pos < d.length() && (d.charAt(pos) == '+' || d.charAt(pos) == '-')) {
            pos++;
        }
        int digits = digits();
        if (pos < d.length() && d.charAt(pos) == '.') {
            pos++;
            digits += digits();
        }
        if (digits == 0) {
            pos = start;
            return pos < d.length()
                    ? "expected a number at character " + (pos + 1) + " but found '" + d.charAt(pos) + "'"
                    : "the outline ends where a number is expected";
        }
        if (pos < d.length() && (d.charAt(pos) == 'e' || d.charAt(pos) == 'E')) {
            pos++;
            if (pos < d.length() && (d.charAt(pos) == '+' || d.charAt(pos) == '-')) {
                pos++;
            }
            if (digits() == 0) {
                return "bad exponent at character " + (pos + 1);
            }
        }
        return null;
    }

    private String flag() {
        if (pos < d.length() && (d.charAt(pos) == '0' || d.charAt(pos) == '1')) {
            pos++;
            return null;
        }
        return "expected an arc flag (0 or 1) at character " + (pos + 1);
    }

    private int digits() {
        int start = pos;
        while (pos < d.length() && Character.isDigit(d.charAt(pos))) {
            pos++;
        }
        return pos - start;
    }

    private void skipSeparators() {
        while (pos < d.length() && (Character.isWhitespace(d.charAt(pos)) || d.charAt(pos) == ',')) {
            pos++;
        }
    }

    private static boolean startsNumber(char c) {
        return Character.isDigit(c) || c == '-' || c == '+' || c == '.';
    }
}
