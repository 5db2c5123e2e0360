package org.crampguide.stretch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The absolute points of an outline made of M, L, H, V and Z commands, as the pictures are written. */
final class PathPoints {
    private static final Pattern TOKEN = Pattern.compile("[MLHVZmlhvz]|-?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?");

    private PathPoints() {
    }

    static List<double[]> of(String outline) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(outline);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        List<double[]> points = new ArrayList<>();
        char command = 'M';
        double x = 0;
        double y = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (Character.isLetter(token.charAt(0))) {
                command = token.charAt(0);
                continue;
            }
            switch (command) {
                case 'M', 'L' -> {
                    x = Double.parseDouble(token);
                    y = Double.parseDouble(tokens.get(++i));
                }
                case 'H' -> x = Double.parseDouble(token);
                case 'V' -> y = Double.parseDouble(token);
                default -> throw new IllegalArgumentException("the pictures use absolute M, L, H, V and Z only, found " + command);
            }
            points.add(new double[] {x, y});
        }
        return points;
    }
}
