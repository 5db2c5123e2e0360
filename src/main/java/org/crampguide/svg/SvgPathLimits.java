package org.crampguide.svg;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a drawing may hold, so that no artwork that passes the checker can freeze the screen or
 * paint over it: an outline of at most {@value #MAX_NUMBERS} numbers and {@value #MAX_CHARS}
 * characters, every point of it within the viewBox widened by its own size on each side, and at
 * most {@value #MAX_ELEMENTS} elements in a file. The bundled art needs at most 1,430 numbers and
 * 7,432 characters in an outline and 71 elements in a file, with every point inside its viewBox.
 * Also the one reading of a viewBox for both readers: four finite numbers, width and height above 0.
 * Call {@link #problem} only on an outline {@link SvgPathSyntax} accepts.
 */
public final class SvgPathLimits {
    public static final int MAX_NUMBERS = 10_000;
    public static final int MAX_CHARS = 64 * 1024;
    public static final int MAX_ELEMENTS = 2_000;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z]|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private SvgPathLimits() {
    }

    /** The viewBox {minX, minY, width, height}, or empty when it is not four finite numbers with a size. */
    public static Optional<double[]> viewBox(String box) {
        String[] parts = box == null ? new String[0] : box.trim().split("[\\s,]+");
        if (parts.length != 4) {
            return Optional.empty();
        }
        double[] numbers = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                numbers[i] = Double.parseDouble(parts[i]);
                if (!Double.isFinite(numbers[i])) {
                    return Optional.empty();
                }
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return numbers[2] > 0 && numbers[3] > 0 ? Optional.of(numbers) : Optional.empty();
    }

    /** Empty when the outline is within the limits, otherwise what is over them. */
    public static Optional<String> problem(String d, double[] viewBox) {
        if (d.length() > MAX_CHARS) {
            return Optional.of("the outline is " + d.length() + " characters long; at most " + MAX_CHARS + " are drawn");
        }
        Walk walk = new Walk(viewBox);
        Matcher token = TOKEN.matcher(d);
        char command = 'M';
        int numbers = 0;
        double[] args = new double[7];
        int have = 0;
        while (token.find()) {
            String text = token.group();
            if (Character.isLetter(text.charAt(0))) { // a command: numbers start with a digit, a sign or a dot
                command = text.charAt(0);
                have = 0;
                if (Character.toLowerCase(command) == 'z') {
                    walk.close();
                }
                continue;
            }
            if (++numbers > MAX_NUMBERS) {
                return Optional.of("the outline has more than " + MAX_NUMBERS + " numbers; draw it with fewer points");
            }
            args[have++] = Double.parseDouble(text);
            if (have == count(command)) {
                Optional<String> outside = walk.segment(command, args);
                if (outside.isPresent()) {
                    return outside;
                }
                have = 0;
                command = command == 'M' ? 'L' : command == 'm' ? 'l' : command; // pairs after a move draw lines
            }
        }
        return Optional.empty();
    }

    private static int count(char command) {
        return switch (Character.toLowerCase(command)) {
            case 'h', 'v' -> 1;
            case 'm', 'l', 't' -> 2;
            case 's', 'q' -> 4;
            case 'c' -> 6;
            case 'a' -> 7;
            default -> 0;
        };
    }

    /** The pen's position through an outline, each point checked against the widened viewBox. */
    private static final class Walk {
        private final double minX;
        private final double minY;
        private final double maxX;
        private final double maxY;
        private double x;
        private double y;
        private double startX;
        private double startY;

        Walk(double[] box) {
            minX = box[0] - box[2];
            minY = box[1] - box[3];
            maxX = box[0] + 2 * box[2];
            maxY = box[1] + 2 * box[3];
        }

        void close() {
            x = startX;
            y = startY;
        }

        Optional<String> segment(char command, double[] a) {
            boolean relative = Character.isLowerCase(command);
            double ox = relative ? x : 0;
            double oy = relative ? y : 0;
            switch (Character.toLowerCase(command)) {
                case 'h' -> x = ox + a[0];
                case 'v' -> y = oy + a[0];
                case 'a' -> {
                    if (Math.abs(a[0]) > maxX - minX || Math.abs(a[1]) > maxY - minY) {
                        return Optional.of("an arc's radius (" + a[0] + ", " + a[1] + ") is far larger than the drawing");
                    }
                    x = ox + a[5];
                    y = oy + a[6];
                }
                default -> {
                    int pairs = count(command) / 2;
                    for (int i = 0; i < pairs - 1; i++) { // control points
                        Optional<String> outside = inside(ox + a[2 * i], oy + a[2 * i + 1]);
                        if (outside.isPresent()) {
                            return outside;
                        }
                    }
                    x = ox + a[2 * pairs - 2];
                    y = oy + a[2 * pairs - 1];
                }
            }
            if (Character.toLowerCase(command) == 'm') {
                startX = x;
                startY = y;
            }
            return inside(x, y);
        }

        private Optional<String> inside(double px, double py) {
            if (px >= minX && px <= maxX && py >= minY && py <= maxY) {
                return Optional.empty();
            }
            return Optional.of("the point (" + px + ", " + py + ") is far outside the viewBox; every point must lie"
                    + " within it, widened by its own size on each side");
        }
    }
}
