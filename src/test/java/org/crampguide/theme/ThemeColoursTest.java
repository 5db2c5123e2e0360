package org.crampguide.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Colours are named once, in the theme: no stylesheet or view writes a colour of its own. */
class ThemeColoursTest {
    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path THEME = RESOURCES.resolve("org/crampguide/theme/theme.css");
    static final Path HIGH_CONTRAST = RESOURCES.resolve("org/crampguide/theme/high-contrast.css");

    /** #rgb, #rrggbb, #rrggbbaa, and the colour functions. */
    private static final Pattern LITERAL = Pattern.compile(
            "#(?:[0-9a-fA-F]{8}|[0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![0-9a-zA-Z_-])|\\b(?:rgba?|hsba?)\\s*\\(",
            Pattern.CASE_INSENSITIVE);
    /** CSS's named colours (transparent is not a colour a theme would change, so it is allowed). */
    private static final Set<String> NAMED = Set.of("aliceblue", "antiquewhite", "aqua", "aquamarine", "azure",
            "beige", "bisque", "black", "blanchedalmond", "blue", "blueviolet", "brown", "burlywood", "cadetblue",
            "chartreuse", "chocolate", "coral", "cornflowerblue", "cornsilk", "crimson", "cyan", "darkblue",
            "darkcyan", "darkgoldenrod", "darkgray", "darkgreen", "darkgrey", "darkkhaki", "darkmagenta",
            "darkolivegreen", "darkorange", "darkorchid", "darkred", "darksalmon", "darkseagreen", "darkslateblue",
            "darkslategray", "darkslategrey", "darkturquoise", "darkviolet", "deeppink", "deepskyblue", "dimgray",
            "dimgrey", "dodgerblue", "firebrick", "floralwhite", "forestgreen", "fuchsia", "gainsboro", "ghostwhite",
            "gold", "goldenrod", "gray", "green", "greenyellow", "grey", "honeydew", "hotpink", "indianred", "indigo",
            "ivory", "khaki", "lavender", "lavenderblush", "lawngreen", "lemonchiffon", "lightblue", "lightcoral",
            "lightcyan", "lightgoldenrodyellow", "lightgray", "lightgreen", "lightgrey", "lightpink", "lightsalmon",
            "lightseagreen", "lightskyblue", "lightslategray", "lightslategrey", "lightsteelblue", "lightyellow",
            "lime", "limegreen", "linen", "magenta", "maroon", "mediumaquamarine", "mediumblue", "mediumorchid",
            "mediumpurple", "mediumseagreen", "mediumslateblue", "mediumspringgreen", "mediumturquoise",
            "mediumvioletred", "midnightblue", "mintcream", "mistyrose", "moccasin", "navajowhite", "navy", "oldlace",
            "olive", "olivedrab", "orange", "orangered", "orchid", "palegoldenrod", "palegreen", "paleturquoise",
            "palevioletred", "papayawhip", "peachpuff", "peru", "pink", "plum", "powderblue", "purple", "red",
            "rosybrown", "royalblue", "saddlebrown", "salmon", "sandybrown", "seagreen", "seashell", "sienna",
            "silver", "skyblue", "slateblue", "slategray", "slategrey", "snow", "springgreen", "steelblue", "tan",
            "teal", "thistle", "tomato", "turquoise", "violet", "wheat", "white", "whitesmoke", "yellow",
            "yellowgreen");
    /** A word on its own, not part of a name such as -cg-urgent or .red-flag. */
    private static final Pattern WORD = Pattern.compile("(?<![\\w-])[a-zA-Z]+(?![\\w-])");
    private static final Pattern LOOKED_UP = Pattern.compile("(?<![\\w-])-cg-[a-z0-9-]+");
    private static final Pattern FXML_COLOUR_ATTRIBUTE = Pattern.compile(
            "\\b(style|fill|stroke|textFill|color)\\s*=\\s*\"([^\"]*)\"");

    /** One declaration's value, with where it is. */
    record Value(Path file, int line, String property, String text) {
        String where() {
            return RESOURCES.relativize(file) + ":" + line;
        }
    }

    @Test
    void noStylesheetOrViewOutsideTheThemeWritesALiteralColour() throws IOException {
        List<String> found = new ArrayList<>();
        for (Value value : values()) {
            if (!value.file().equals(THEME) && !value.file().equals(HIGH_CONTRAST)) {
                literalColours(value.text()).forEach(colour -> found.add(value.where() + ": " + colour
                        + " (name it in theme/theme.css and use the name)"));
            }
        }
        assertEquals(List.of(), found, "literal colours outside the theme");
    }

    @Test
    void everyNamedColourUsedIsDefinedInTheTheme() throws IOException {
        Set<String> defined = defined();
        List<String> undefined = new ArrayList<>();
        for (Value value : values()) {
            Matcher m = LOOKED_UP.matcher(value.text());
            while (m.find()) {
                if (!defined.contains(m.group())) {
                    undefined.add(value.where() + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), undefined, "named colours the theme does not define");
    }

    @Test
    void everyColourTheThemeNamesIsUsed() throws IOException {
        Set<String> unused = new TreeSet<>(defined());
        for (Value value : values()) {
            Matcher m = LOOKED_UP.matcher(value.text());
            while (m.find()) {
                unused.remove(m.group());
            }
        }
        assertEquals(Set.of(), unused, "names in theme/theme.css that nothing uses");
    }

    @Test
    void theCheckFindsEachKindOfLiteralColour() {
        assertEquals(List.of("#fff"), literalColours("#fff"));
        assertEquals(List.of("#17212b"), literalColours("linear-gradient(to bottom, #17212b, -cg-calm)"));
        assertEquals(List.of("#0f766e80"), literalColours("#0f766e80"));
        assertEquals(List.of("rgba("), literalColours("dropshadow(gaussian, rgba(0, 0, 0, 0.35), 30, 0.1, 0, 6)"));
        assertEquals(List.of("rgb(", "hsb(", "hsba("), literalColours("rgb(1,2,3) hsb(1,2,3) hsba(1,2,3,0.5)"));
        assertEquals(List.of("white", "Red"), literalColours("white Red"));
        assertEquals(List.of(), literalColours("transparent -cg-urgent-ink -cg-ink-on-colour bold center hand"));
    }

    @Test
    void theThemeDefinesItsNamesOnTheSceneRoot() throws IOException {
        String theme = Files.readString(THEME);
        assertTrue(theme.contains(".root {"), "the names are on .root, where every node can look them up");
        assertTrue(defined().size() > 50, "the theme names the app's colours");
    }

    static List<String> literalColours(String value) {
        List<String> found = new ArrayList<>();
        Matcher m = LITERAL.matcher(value);
        while (m.find()) {
            found.add(m.group().replaceAll("\\s", ""));
        }
        Matcher words = WORD.matcher(value);
        while (words.find()) {
            if (NAMED.contains(words.group().toLowerCase())) {
                found.add(words.group());
            }
        }
        return found;
    }

    /** The names the theme defines: {@code -cg-...:} declarations in theme.css. */
    static Set<String> defined() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Value value : declarations(THEME)) {
            if (value.property().startsWith("-cg-")) {
                names.add(value.property());
            }
        }
        return names;
    }

    /** Every declaration's value in every stylesheet, and every colour attribute in every FXML file. */
    static List<Value> values() throws IOException {
        List<Value> values = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".css")) {
                    values.addAll(declarations(file));
                } else if (name.endsWith(".fxml")) {
                    values.addAll(fxmlAttributes(file));
                }
            }
        }
        assertTrue(values.size() > 100, "found the stylesheets under " + RESOURCES.toAbsolutePath());
        return values;
    }

    /** The declarations of a stylesheet, comments left out, each with the line its value starts on. */
    static List<Value> declarations(Path css) throws IOException {
        String text = withoutComments(Files.readString(css));
        List<Value> values = new ArrayList<>();
        int depth = 0;
        int line = 1;
        StringBuilder declaration = new StringBuilder();
        int declarationLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
                declaration.setLength(0);
                declarationLine = line;
            } else if (c == '}' || c == ';' && depth > 0) {
                add(values, css, declarationLine, declaration.toString());
                declaration.setLength(0);
                declarationLine = line;
                if (c == '}') {
                    depth--;
                }
            } else if (depth > 0) {
                if (declaration.toString().isBlank() && !Character.isWhitespace(c)) {
                    declarationLine = line;
                }
                declaration.append(c);
            }
            if (c == '\n') {
                line++;
            }
        }
        return values;
    }

    private static void add(List<Value> values, Path css, int line, String declaration) {
        int colon = declaration.indexOf(':');
        if (colon > 0) {
            values.add(new Value(css, line, declaration.substring(0, colon).trim(), declaration.substring(colon + 1)));
        }
    }

    /** Comments blanked out, keeping their line breaks so line numbers stay right. */
    static String withoutComments(String css) {
        StringBuilder out = new StringBuilder(css);
        int start = css.indexOf("/*");
        while (start >= 0) {
            int end = css.indexOf("*/", start + 2);
            end = end < 0 ? css.length() : end + 2;
            for (int i = start; i < end; i++) {
                if (out.charAt(i) != '\n') {
                    out.setCharAt(i, ' ');
                }
            }
            start = css.indexOf("/*", end);
        }
        return out.toString();
    }

    private static List<Value> fxmlAttributes(Path fxml) throws IOException {
        List<Value> values = new ArrayList<>();
        List<String> lines = Files.readAllLines(fxml);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = FXML_COLOUR_ATTRIBUTE.matcher(lines.get(i));
            while (m.find()) {
                values.add(new Value(fxml, i + 1, m.group(1), m.group(2)));
            }
        }
        return values;
    }
}
