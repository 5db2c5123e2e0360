package org.crampguide.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.crampguide.content.BundledPack;
import org.crampguide.content.EditedPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code --check-content DIR}, as a gym's editor runs it on a pack they changed. */
class ContentCheckTest {
    private static final String GUIDE = "content/en/guide.json";
    private static final String MUSCLES = "content/en/muscles.json";
    private static final String FRONT = "bodymap/front.svg";

    @TempDir
    Path pack;
    private final StringWriter out = new StringWriter();
    private final EditedPack bundled = new EditedPack();

    private int check(Path folder) {
        return ContentCheck.run(folder, new BundledPack(), new PrintWriter(out, true));
    }

    private void write(String path, UnaryOperator<String> change) throws IOException {
        write(path, change.apply(bundled.text(path)).getBytes(StandardCharsets.UTF_8));
    }

    private void write(String path, byte[] bytes) throws IOException {
        Path file = pack.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    @Test
    void anEmptyPackFolderIsTheBundledGuideAndIsUsable() {
        assertEquals(0, check(pack));
        assertEquals(1, lines().size(), out.toString());
        assertTrue(lines().get(0).endsWith("usable: 7 muscles in 2 languages"), out.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed JSON         | content/en/muscles.json | \"name\": \"Calves\", | \"name\": \"Calves\" \"x\",        | not valid JSON",
        "unknown field          | content/en/muscles.json | \"name\": \"Calves\", | \"name\": \"Calves\", \"size\": 1, | unknown field \"size\"",
        "missing required field | content/en/muscles.json | \"name\": \"Calves\", | ''                             | missing required field \"name\"",
        "wrong type             | content/en/muscles.json | \"name\": \"Calves\", | \"name\": true,                  | expected a text but found true/false",
        "empty text             | content/en/muscles.json | \"name\": \"Calves\", | \"name\": \"\",                  | text is empty",
        "duplicate id           | content/en/muscles.json | \"id\": \"hamstrings\" | \"id\": \"calves\"              | duplicate muscle id \"calves\"",
        "unknown source         | content/en/muscles.json | \"sources\": [\"manjra-1996\"] | \"sources\": [\"blog\"] | unknown source \"blog\"",
        "unknown evidence level | content/en/muscles.json | \"evidence\": \"well-supported\" | \"evidence\": \"solid\""
                + " | \"solid\" is not one of: well-supported, mixed, not-proven",
        "unknown muscle         | bodymap/front.svg       | id=\"chest-front-left\" | id=\"abs-front-left\"     | names muscle \"abs\", which is not in",
        "SVG path syntax        | bodymap/front.svg       | d=\"M204,190 C204,190 | d=\"M204,190 C204,x190     | bad outline",
        "SVG with a DOCTYPE     | bodymap/front.svg       | <svg                  | <!DOCTYPE svg [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><svg | DOCTYPE"})
    void eachKindOfMistakeGivesOneLocatedMessageAndExitCode1(String kind, String file, String from, String to,
            String expected) throws IOException {
        write(file, text -> {
            assertTrue(text.contains(from), file + " has no " + from);
            return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        });
        assertEquals(1, check(pack), out.toString());
        List<String> messages = lines().stream().filter(l -> l.contains(expected)).toList();
        assertEquals(1, messages.size(), kind + ": " + out.toString());
        String message = messages.get(0);
        assertTrue(message.startsWith(pack.resolve(file) + ":"), message);
        assertTrue(message.matches(".+:\\d+:\\d+: .+"), "names line and column: " + message);
        assertTrue(lines().get(lines().size() - 1).contains("the app would not start with this pack"));
    }

    @Test
    void textThatIsNotUtf8IsNamedWithItsLine() throws IOException {
        byte[] latin1 = bundled.text(MUSCLES).replace("Calves", "Mollets \u00e9").getBytes(StandardCharsets.ISO_8859_1);
        write(MUSCLES, latin1);
        assertEquals(1, check(pack));
        assertTrue(out.toString().contains(pack.resolve(MUSCLES) + ":"), out.toString());
        assertTrue(out.toString().contains("the text is not UTF-8 (byte 0xE9)"), out.toString());
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() throws IOException {
        write(GUIDE, ("{" + " ".repeat(3 * 1024 * 1024) + "}").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, check(pack));
        assertTrue(out.toString().contains("file is larger than 2 MB, the most content files may be"), out.toString());
    }

    @Test
    void aPackFolderThatDoesNotExistIsNamed() {
        assertEquals(1, check(pack.resolve("no-such-pack")));
        assertEquals(pack.resolve("no-such-pack") + ": no such folder", out.toString().strip());
    }

    @Test
    void mistakesInSeveralFilesAreAllReportedInOneRun() throws IOException {
        write(MUSCLES, text -> text.replaceFirst("\"name\": \"Calves\",", "\"name\": \"Calves\", \"size\": 1,"));
        write(GUIDE, text -> text.replaceFirst("\"disclaimer\": \"[^\"]*\"", "\"disclaimer\": \"\""));
        write(FRONT, text -> text.replace("<g id=\"anatomy\">", "<g id=\"anatomy\" transform=\"scale(2)\">"));
        assertEquals(1, check(pack));
        String shown = out.toString();
        assertTrue(shown.contains("unknown field \"size\""), shown);
        assertTrue(shown.contains("disclaimer: text is empty"), shown);
        assertTrue(shown.contains("transform=\"scale(2)\""), shown);
        assertTrue(shown.contains(": 3 errors, 0 warnings;"), shown);
    }

    @Test
    void problemsAreListedByFileLineAndColumnTheSameWayEveryRun() throws IOException {
        write("bodymap/back.svg", text -> text.replace("<g id=\"anatomy\">", "<g id=\"anatomy\" transform=\"scale(2)\">"));
        write(FRONT, text -> text.replace("<g id=\"anatomy\">", "<g id=\"anatomy\" transform=\"scale(2)\">"));
        write(GUIDE, text -> text.replaceFirst("\"disclaimer\": \"[^\"]*\"", "\"disclaimer\": \"\""));
        write(MUSCLES, text -> text.replaceFirst("\"name\": \"Calves\",", "\"name\": \"Calves\", \"size\": 1,")
                .replaceFirst("\"name\": \"Hamstrings\",", "\"name\": \"Hamstrings\", \"weight\": 2,"));
        assertEquals(1, check(pack));
        String firstRun = out.toString();
        List<String> problems = lines().subList(0, lines().size() - 1);
        assertTrue(problems.size() >= 5, firstRun);
        List<String> sorted = problems.stream().sorted(java.util.Comparator
                .comparing((String line) -> line.substring(0, line.indexOf(".json:") > 0 ? line.indexOf(".json:") + 5
                        : line.indexOf(".svg:") + 4))
                .thenComparingInt(line -> place(line, 1)).thenComparingInt(line -> place(line, 2))).toList();
        assertEquals(sorted, problems, "by file, then line, then column");

        out.getBuffer().setLength(0);
        check(pack);
        assertEquals(firstRun, out.toString(), "a second run lists them in the same order");
    }

    /** The line (1) or column (2) of a {@code file:line:column: message} line. */
    private static int place(String line, int which) {
        String[] parts = line.split(":");
        for (int i = 0; i + 2 < parts.length; i++) {
            if (parts[i + 1].matches("\\d+") && parts[i + 2].matches("\\d+")) {
                return Integer.parseInt(parts[i + which]);
            }
        }
        return 0;
    }

    @Test
    void aPackThatNamesAMissingStretchPictureIsRefusedWhereItNamesIt() throws IOException {
        write(MUSCLES, text -> text.replace("\"calves-wall-lean\"", "\"calves-on-a-step\""));
        assertEquals(1, check(pack));
        String shown = out.toString();
        assertTrue(shown.matches("(?s).*" + java.util.regex.Pattern.quote(pack.resolve(MUSCLES).toString())
                + ":\\d+:\\d+: muscles\\[0\\]\\.stretch\\.pictures\\[1\\]: names the stretch picture \"calves-on-a-step\","
                + " but the pack has no stretches/calves-on-a-step.svg.*"), shown);
    }

    @Test
    void aPackMayReplaceAStretchPictureWithItsOwn() throws IOException {
        String own = new EditedPack().text("stretches/calves-wall-lean.svg").replace("<title>", "<title>Our gym's wall: ");
        write("stretches/calves-wall-lean.svg", own.getBytes(StandardCharsets.UTF_8));
        assertEquals(0, check(pack), out.toString());
        write("stretches/calves-wall-lean.svg", own.replace("<path", "<rect").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, check(pack));
        assertTrue(out.toString().contains(pack.resolve("stretches/calves-wall-lean.svg") + ":"), out.toString());
    }

    @Test
    void aMissingTranslationIsAWarningAndThePackIsStillUsable() {
        EditedPack withoutRussianGuide = new EditedPack().remove("content/ru/guide.json");
        int exit = ContentCheck.run(pack, withoutRussianGuide, new PrintWriter(out, true));
        assertEquals(0, exit, out.toString());
        assertTrue(out.toString().contains("assets/content/ru/guide.json (bundled): warning: not translated into Русский;"
                + " the English content/en/guide.json is shown instead"), out.toString());
        assertTrue(out.toString().contains("usable: 7 muscles in 2 languages, 1 warning"), out.toString());
    }
}
