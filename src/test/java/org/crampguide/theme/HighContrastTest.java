package org.crampguide.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The high-contrast theme reaches WCAG 2.2 AAA (7:1) for every pair of text and ground the guide
 * draws, computed from the colours the two stylesheets name; it renames nothing theme.css lacks.
 */
class HighContrastTest {
    /** The text colours and the grounds each is drawn on. */
    private static final String[][] PAIRS = {
        {"-cg-ink", "-cg-paper"}, {"-cg-ink", "-cg-page"}, {"-cg-ink-paragraph", "-cg-paper"},
        {"-cg-ink-paragraph", "-cg-page"}, {"-cg-ink-soft", "-cg-paper"}, {"-cg-ink-quiet", "-cg-paper"},
        {"-cg-ink-hint", "-cg-paper"}, {"-cg-ink-caption", "-cg-page"}, {"-cg-ink-prompt", "-cg-field"},
        {"-cg-link", "-cg-paper"}, {"-cg-ink-on-colour", "-cg-calm"}, {"-cg-ink-on-colour", "-cg-urgent"},
        {"-cg-ink-on-colour", "-cg-highlight"}, {"-cg-ink-on-colour", "-cg-hold-button"}, {"-cg-ink-on-dark", "-cg-ink"},
        {"-cg-calm-dark", "-cg-paper"}, {"-cg-urgent-ink", "-cg-urgent-wash"}, {"-cg-urgent-ink", "-cg-paper"},
        {"-cg-same-day-ink", "-cg-same-day-wash"}, {"-cg-soon-ink", "-cg-soon-wash"},
        {"-cg-check-ink", "-cg-check-wash"}, {"-cg-notice-ink", "-cg-notice-wash"}, {"-cg-hold-ink", "-cg-paper"},
        {"-cg-hold-quiet", "-cg-calm-wash"}, {"-cg-highlight-dark", "-cg-paper"},
        {"-color-fg-default", "-color-bg-default"}, {"-color-fg-muted", "-color-bg-default"},
        {"-color-accent-fg", "-color-bg-default"},
    };
    private static final double AAA = 7;

    @Test
    void everyTextOnItsGroundReachesSevenToOne() throws IOException {
        Map<String, String> colours = colours(ThemeColoursTest.THEME);
        colours.putAll(colours(ThemeColoursTest.HIGH_CONTRAST));
        List<String> low = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (String[] pair : PAIRS) {
            double ratio = ratio(rgb(resolve(colours, pair[0])), rgb(resolve(colours, pair[1])));
            all.add(pair[0] + " on " + pair[1] + ": " + Math.round(ratio * 10) / 10.0);
            if (ratio < AAA) {
                low.add(all.get(all.size() - 1));
            }
        }
        assertEquals(List.of(), low, "below 7:1 in the high-contrast theme; all: " + all);
    }

    @Test
    void itRenamesOnlyWhatTheThemeNames() throws IOException {
        Map<String, String> theme = colours(ThemeColoursTest.THEME);
        for (String name : colours(ThemeColoursTest.HIGH_CONTRAST).keySet()) {
            assertTrue(name.startsWith("-color-") || theme.containsKey(name), name + " is not a name of theme.css");
        }
    }

    @Test
    void theRatioIsWcags() {
        assertEquals(21, ratio(new int[] {0, 0, 0}, new int[] {255, 255, 255}), 0.01);
        assertEquals(4.54, ratio(rgb("#767676"), rgb("#ffffff")), 0.01);
    }

    private static Map<String, String> colours(Path css) throws IOException {
        Map<String, String> named = new HashMap<>();
        for (ThemeColoursTest.Value value : ThemeColoursTest.declarations(css)) {
            if (value.property().startsWith("-cg-") || value.property().startsWith("-color-")) {
                named.put(value.property(), value.text().trim());
            }
        }
        return named;
    }

    private static String resolve(Map<String, String> colours, String name) {
        String value = name;
        for (int hops = 0; value.startsWith("-") && hops < 10; hops++) {
            String next = colours.get(value);
            assertTrue(next != null, value + " is named by no stylesheet");
            value = next;
        }
        return value;
    }

    static int[] rgb(String colour) {
        String c = colour.equalsIgnoreCase("white") ? "#ffffff" : colour.equalsIgnoreCase("black") ? "#000000" : colour;
        assertTrue(c.matches("#[0-9a-fA-F]{6}"), "an opaque #rrggbb colour: " + colour);
        return new int[] {Integer.parseInt(c.substring(1, 3), 16), Integer.parseInt(c.substring(3, 5), 16),
            Integer.parseInt(c.substring(5, 7), 16)};
    }

    /** WCAG 2.2's contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances. */
    static double ratio(int[] a, int[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = rgb[i] / 255.0;
            linear[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }
}
