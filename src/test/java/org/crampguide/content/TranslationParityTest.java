package org.crampguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Russian guide says what the English one says, item for item: the same fields and list
 * lengths, the same ids, sources, evidence labels, urgencies, verdicts and step rules, and in
 * every text the same numbers and placeholders (a "10 minutes" that becomes "15 минут", or a
 * {emergencyNumber} lost in translation, fails). And it addresses the reader as "вы" throughout:
 * no "ты" pronoun and no familiar imperative.
 */
class TranslationParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EN = Path.of("assets/content/en");
    private static final Path RU = Path.of("assets/content/ru");
    /** Values that must be identical in both languages, not translated. */
    private static final Set<String> SAME = Set.of("id", "sources", "evidence", "urgency", "verdict", "rule", "url", "year",
            "holdSeconds", "pictures", "$schema", "contentVersion", "lastReviewed", "nextReview");
    /** Each language's own local words: the number to call there and how to say "tell staff". */
    private static final Set<String> LOCAL = Set.of("emergencyNumber", "tellStaff");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");
    private static final Pattern INFORMAL = Pattern.compile(
            "(?iu)(?<![\\p{L}])(ты|тебя|тебе|тобой|тобою|твой|твоя|твоё|твое|твои|твоего|твоей|твоему|твоих|твоим|твоими|твою)(?![\\p{L}])");

    @Test
    void russianMirrorsEnglishItemForItem() throws IOException {
        for (String file : List.of("guide.json", "muscles.json")) {
            List<String> differences = new ArrayList<>();
            compare(read(EN.resolve(file)), read(RU.resolve(file)), "", "", differences);
            assertEquals(List.of(), differences, file);
        }
    }

    @Test
    void russianAddressesTheReaderAsVy() throws IOException {
        for (String file : List.of("guide.json", "muscles.json")) {
            List<String> informal = new ArrayList<>();
            texts(read(RU.resolve(file)), "", (at, text) -> {
                Matcher m = INFORMAL.matcher(text);
                if (m.find()) {
                    informal.add(at + ": \"" + m.group() + "\" in " + text);
                }
            });
            assertEquals(List.of(), informal, file);
        }
    }

    /**
     * No "ты" imperative beside the "вы" ones: every polite imperative the guide uses ("сядьте",
     * "возьмитесь") gives its familiar form ("сядь", "возьмись"), and none of those may appear.
     */
    @Test
    void noRussianTextTellsTheReaderWhatToDoAsTy() throws IOException {
        List<String> all = new ArrayList<>();
        for (String file : List.of("guide.json", "muscles.json")) {
            texts(read(RU.resolve(file)), "/" + file, (at, text) -> all.add(text));
        }
        Pattern word = Pattern.compile("(?U)\\w+");
        java.util.Set<String> familiar = new java.util.HashSet<>();
        for (String text : all) {
            word.matcher(text.toLowerCase(Locale.ROOT)).results().map(m -> m.group()).forEach(w -> {
                if (w.endsWith("тесь") && w.length() > 6) {
                    familiar.add(w.substring(0, w.length() - 4) + "сь");
                } else if (w.endsWith("те") && w.length() > 5) {
                    familiar.add(w.substring(0, w.length() - 2));
                }
            });
        }
        List<String> found = new ArrayList<>();
        for (String text : all) {
            word.matcher(text.toLowerCase(Locale.ROOT)).results().map(m -> m.group()).filter(familiar::contains)
                    .forEach(w -> found.add("\"" + w + "\" in " + text));
        }
        assertEquals(List.of(), found);
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    private static void compare(JsonNode en, JsonNode ru, String at, String parent, List<String> differences) {
        String field = at.substring(at.lastIndexOf('/') + 1);
        if (en.getNodeType() != ru.getNodeType()) {
            differences.add(at + ": " + en.getNodeType() + " in English, " + ru.getNodeType() + " in Russian");
        } else if (en.isObject()) {
            if (!fieldNames(en).equals(fieldNames(ru))) {
                differences.add(at + ": fields " + fieldNames(en) + " in English, " + fieldNames(ru) + " in Russian");
                return;
            }
            en.fieldNames().forEachRemaining(name -> compare(en.get(name), ru.get(name), at + "/" + name, field, differences));
        } else if (en.isArray()) {
            if (en.size() != ru.size()) {
                differences.add(at + ": " + en.size() + " entries in English, " + ru.size() + " in Russian");
                return;
            }
            for (int i = 0; i < en.size(); i++) {
                compare(en.get(i), ru.get(i), at + "/" + i, parent, differences);
            }
        } else if (SAME.contains(field) || SAME.contains(parent)) {
            if (!en.equals(ru)) {
                differences.add(at + ": " + en + " in English, " + ru + " in Russian");
            }
        } else if (en.isTextual() && !LOCAL.contains(field) && !at.startsWith("/sources/")) {
            same(at, "numbers", all(NUMBER, en.asText()), all(NUMBER, ru.asText()), differences);
            same(at, "placeholders", all(PLACEHOLDER, en.asText()), all(PLACEHOLDER, ru.asText()), differences);
        }
    }

    private static void same(String at, String what, List<String> en, List<String> ru, List<String> differences) {
        if (!en.stream().sorted().toList().equals(ru.stream().sorted().toList())) {
            differences.add(at + ": " + what + " " + en + " in English, " + ru + " in Russian");
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group().replace(',', '.'));
        }
        return found;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void texts(JsonNode node, String at, java.util.function.BiConsumer<String, String> each) {
        if (node.isTextual()) {
            each.accept(at, node.asText());
        } else if (node.isContainerNode()) {
            Iterator<String> names = node.isObject() ? node.fieldNames() : null;
            if (names != null) {
                names.forEachRemaining(name -> texts(node.get(name), at + "/" + name, each));
            } else {
                for (int i = 0; i < node.size(); i++) {
                    texts(node.get(i), at + "/" + i, each);
                }
            }
        }
    }
}
