package org.crampguide.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * One palette: theme.css gives AtlantaFX's {@code -color-*} names the guide's colours, and the guide's
 * names with the same role are built on them, so the controls AtlantaFX draws (a selected toggle, a
 * focused button, a link) and the guide's own screens cannot show two colours for one role, in either
 * theme.
 */
class OnePaletteTest {

    @Test
    void theAtlantaFxNamesTheThemeSetsAreItsBaseAndTheGuideBuildsOnEach() throws IOException {
        Map<String, String> theme = named(ThemeColoursTest.declarations(ThemeColoursTest.THEME));
        List<String> wrong = new ArrayList<>();
        Set<String> unused = new TreeSet<>();
        for (Map.Entry<String, String> name : theme.entrySet()) {
            if (name.getKey().startsWith("-color-")) {
                unused.add(name.getKey());
                if (name.getValue().startsWith("-")) {
                    wrong.add(name.getKey() + " is " + name.getValue() + " (a base name takes a colour, not a name)");
                }
            }
        }
        theme.values().forEach(unused::remove);
        assertEquals(List.of(), wrong);
        assertEquals(Set.of(), unused, "AtlantaFX names theme.css sets but no guide name builds on");
        assertEquals("-color-accent-emphasis", theme.get("-cg-calm"), "the guide's teal is AtlantaFX's accent");
        assertEquals("-color-fg-default", theme.get("-cg-ink"), "the guide's ink is AtlantaFX's text");
        assertEquals("-color-bg-default", theme.get("-cg-paper"), "the guide's paper is AtlantaFX's ground");
    }

    @Test
    void highContrastChangesTheBaseNotTheGuideNamesBuiltOnIt() throws IOException {
        Map<String, String> theme = named(ThemeColoursTest.declarations(ThemeColoursTest.THEME));
        List<String> apart = new ArrayList<>();
        for (ThemeColoursTest.Value value : ThemeColoursTest.declarations(ThemeColoursTest.HIGH_CONTRAST)) {
            String base = theme.getOrDefault(value.property(), "");
            if (base.startsWith("-color-")) {
                apart.add(value.where() + ": " + value.property() + " is built on " + base
                        + " in theme.css; set " + base + " here instead");
            }
        }
        assertEquals(List.of(), apart, "high contrast would show two colours for one role");
    }

    private static Map<String, String> named(List<ThemeColoursTest.Value> values) {
        Map<String, String> named = new LinkedHashMap<>();
        for (ThemeColoursTest.Value value : values) {
            if (value.property().startsWith("-cg-") || value.property().startsWith("-color-")) {
                named.put(value.property(), value.text().trim());
            }
        }
        return named;
    }
}
