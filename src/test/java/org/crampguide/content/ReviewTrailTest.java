package org.crampguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code assets/content/REVIEW.md} lets a clinician audit the guide: every item with a number or an
 * evidence label is listed with the sources it cites, and every source says where to look.
 */
class ReviewTrailTest {
    private static final Pattern ROW = Pattern.compile("^\\| (guide|muscles)\\.json \\| `([^`]+)` \\|.*\\| ([^|]*) \\|$");
    private static final Pattern ID = Pattern.compile("`([a-z0-9-]+)`");
    private static GuideContent content;
    private static Map<String, List<String>> rows;
    private static String review;

    @BeforeAll
    static void read() throws IOException {
        List<Problem> problems = new ArrayList<>();
        content = new ContentLoader().load(new BundledPack(), problems).orElseThrow().content();
        review = Files.readString(Path.of("assets", "content", "REVIEW.md"));
        rows = new LinkedHashMap<>();
        for (String line : review.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows.put(row.group(1) + ".json " + row.group(2), ids(row.group(3)));
            }
        }
    }

    private static List<String> ids(String text) {
        return ID.matcher(text).results().map(m -> m.group(1)).toList();
    }

    /** Every item of the content with its place: "guide.json causes[0].items[1]". */
    private static Map<String, Item> items() {
        Map<String, Item> items = new LinkedHashMap<>();
        Guide g = content.guide();
        add(items, "guide.json atRisk.items", g.atRisk().items());
        for (int c = 0; c < g.causes().size(); c++) {
            add(items, "guide.json causes[" + c + "].items", g.causes().get(c).items());
        }
        add(items, "guide.json symptoms.items", g.symptoms().items());
        check(items, "guide.json crampOrTear", g.crampOrTear());
        add(items, "guide.json firstAid.steps", g.firstAid().steps());
        add(items, "guide.json prevention.items", g.prevention().items());
        add(items, "guide.json nutrition.items", g.nutrition().items());
        for (int r = 0; r < g.seeADoctor().groups().size(); r++) {
            add(items, "guide.json seeADoctor.groups[" + r + "].items", g.seeADoctor().groups().get(r).items());
        }
        for (int m = 0; m < content.muscles().size(); m++) {
            Muscle muscle = content.muscles().get(m);
            String at = "muscles.json muscles[" + m + "]";
            check(items, at + ".crampOrTear", muscle.crampOrTear());
            add(items, at + ".crampOrTear.callNow", muscle.crampOrTear().callNow());
            add(items, at + ".triggers", muscle.triggers());
            add(items, at + ".stretch.steps", muscle.stretch().steps());
            add(items, at + ".prevention", muscle.prevention());
        }
        return items;
    }

    private static void check(Map<String, Item> items, String at, CrampOrTear check) {
        add(items, at + ".tearSigns", check.tearSigns());
        add(items, at + ".instead", check.instead());
    }

    private static void add(Map<String, Item> items, String at, List<Item> list) {
        for (int i = 0; i < list.size(); i++) {
            items.put(at + "[" + i + "]", list.get(i));
        }
    }

    @Test
    void everyLabelledOrNumberedItemIsListedWithTheSourcesItCites() {
        int listed = 0;
        for (Map.Entry<String, Item> entry : items().entrySet()) {
            Item item = entry.getValue();
            boolean numbered = (item.title() + " " + item.text()).chars().anyMatch(Character::isDigit);
            if (item.evidence() != null || numbered) {
                assertTrue(rows.containsKey(entry.getKey()), "REVIEW.md does not list " + entry.getKey() + ": " + item.text());
                assertEquals(item.sources(), rows.get(entry.getKey()), "sources of " + entry.getKey());
                assertTrue(item.evidence() == null || !item.sources().isEmpty(), entry.getKey() + " is labelled without a source");
                listed++;
            }
        }
        assertEquals(listed, rows.size() - 1, "REVIEW.md lists items the guide no longer has (the one extra row is the overview)");
    }

    @Test
    void everySourceIdInTheTrailIsKnownAndEverySourceSaysWhereToLook() {
        Set<String> known = content.guide().sources().stream().map(Source::id).collect(Collectors.toSet());
        rows.values().forEach(ids -> ids.forEach(id -> assertTrue(known.contains(id), "unknown source " + id)));
        for (String id : known) {
            assertTrue(review.contains("| `" + id + "` | "), "REVIEW.md does not say where " + id + " supports the guide");
        }
    }
}
