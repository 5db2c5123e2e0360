package org.crampguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The guide that ships with the app: it loads cleanly and covers what the source article covers. */
class BundledContentTest {
    private static GuideContent content;
    private static String allText;

    @BeforeAll
    static void load() {
        List<Problem> problems = new ArrayList<>();
        content = new ContentLoader().load(new BundledPack(), problems).orElseThrow(
                () -> new AssertionError("bundled content has problems: " + problems)).content();
        assertEquals(List.of(), problems);
        allText = texts(content).toLowerCase(Locale.ROOT);
    }

    @Test
    void hasTheSixMusclesThePersonCanSelect() {
        assertEquals(List.of("calves", "hamstrings", "quadriceps", "feet", "forearms", "chest"),
                content.muscles().stream().map(Muscle::id).toList());
    }

    @Test
    void hamstringsNameTheirThreeMuscles() {
        Muscle hamstrings = content.muscle("hamstrings").orElseThrow();
        assertEquals(3, hamstrings.anatomicalNames().size());
        String names = String.join(" ", hamstrings.anatomicalNames()).toLowerCase(Locale.ROOT);
        assertTrue(names.contains("biceps femoris") && names.contains("semitendinosus")
                && names.contains("semimembranosus"), names);
    }

    @Test
    void onlyTheChestLeadsWithTheChestPainEmergencyWarning() {
        Muscle chest = content.muscle("chest").orElseThrow();
        assertTrue(chest.hasWarning());
        String warning = (chest.warning().title() + " " + chest.warning().text()).toLowerCase(Locale.ROOT);
        assertTrue(warning.contains("chest pain") && warning.contains("emergency"), warning);
        content.muscles().stream().filter(m -> !m.id().equals("chest"))
                .forEach(m -> assertFalse(m.hasWarning(), m.id() + " should not carry the chest warning"));
    }

    @Test
    void everyMuscleHasAStepByStepStretchAndItsTriggers() {
        for (Muscle muscle : content.muscles()) {
            assertTrue(muscle.stretch().steps().size() >= 2, muscle.id() + " stretch steps");
            assertFalse(muscle.triggers().isEmpty(), muscle.id() + " triggers");
            assertFalse(muscle.prevention().isEmpty(), muscle.id() + " prevention");
        }
    }

    @Test
    void redFlagsStartWithTheEmergencies() {
        Guide.RedFlagGroup first = content.guide().seeADoctor().groups().get(0);
        assertEquals(Urgency.EMERGENCY, first.urgency());
        String emergencies = first.items().stream().map(i -> i.title() + " " + i.text()).reduce("", String::concat)
                .toLowerCase(Locale.ROOT);
        assertTrue(emergencies.contains("chest"), emergencies);
        assertTrue(emergencies.contains("urine"), "dark urine after hard exercise (rhabdomyolysis)");
        assertTrue(emergencies.contains("confus") || emergencies.contains("faint"), "heat illness");
    }

    /** Each topic of the source article, by a word the guide must use for it. */
    @ParameterizedTest
    @ValueSource(strings = {"hamstring", "calf", "quadriceps", "chest", "forearm", "feet",
        "older", "children", "pregnan", "overweight", "athletes",
        "fatigue", "electrolyte", "sodium", "heat", "medicine", "alcohol", "smok", "cold",
        "thyroid", "varicose", "circulation", "nerve", "spine", "vitamin", "diabetes",
        "hours later", "night", "twitch", "lump", "15 minutes",
        "stop", "stretch", "massage", "warm up", "cool down", "warm bath", "herbal", "oil",
        "magnesium", "calcium", "milk", "herbal tea", "salt", "fried", "quinine"})
    void coversEveryTopicOfTheSourceArticle(String topic) {
        assertTrue(allText.contains(topic), "the guide never mentions \"" + topic + "\"");
    }

    /** The source article's unsupported figures and advice, which the reference notes say to drop. */
    @ParameterizedTest
    @ValueSource(strings = {"elastic bandage", "4–6 hours", "4-6 hours", "three to four times", "3–4 times",
        "seizure", "convulsion", "osteochondrosis", "phyto"})
    void leavesOutWhatTheReferencesDoNotSupport(String claim) {
        assertFalse(allText.contains(claim), "the guide still says \"" + claim + "\"");
    }

    @Test
    void givesTheStretchingEightyPercentFigureOnlyAsUnsupported() {
        int at = allText.indexOf("80");
        while (at >= 0) {
            String around = allText.substring(Math.max(0, at - 160), Math.min(allText.length(), at + 160));
            assertTrue(around.contains("no ") || around.contains("not "), "80 % stated as fact: " + around);
            at = allText.indexOf("80", at + 2);
        }
    }

    @Test
    void theDisclaimerSaysItIsNotMedicalAdvice() {
        assertTrue(content.guide().disclaimer().toLowerCase(Locale.ROOT).contains("not medical advice"));
    }

    private static String texts(GuideContent content) {
        Guide g = content.guide();
        StringBuilder text = new StringBuilder();
        Stream.of(g.overview().title(), g.overview().whenTheyHappen(), g.overview().whereTheyStrike(),
                g.atRisk().intro(), g.symptoms().warning(), g.firstAid().ifItPersists(), g.prevention().intro(),
                g.nutrition().intro(), g.disclaimer()).forEach(s -> text.append(s).append('\n'));
        g.overview().whatIsACramp().forEach(s -> text.append(s).append('\n'));
        List<Item> items = new ArrayList<>();
        items.addAll(g.atRisk().items());
        g.causes().forEach(c -> {
            text.append(c.title()).append('\n').append(c.summary()).append('\n');
            items.addAll(c.items());
        });
        items.addAll(g.symptoms().items());
        items.addAll(g.firstAid().steps());
        items.addAll(g.prevention().items());
        items.addAll(g.nutrition().items());
        g.seeADoctor().groups().forEach(group -> items.addAll(group.items()));
        for (Muscle m : content.muscles()) {
            text.append(m.name()).append('\n').append(m.location()).append('\n').append(m.summary()).append('\n')
                    .append(String.join(" ", m.anatomicalNames())).append('\n').append(m.stretch().hold()).append('\n');
            if (m.hasWarning()) {
                text.append(m.warning().title()).append('\n').append(m.warning().text()).append('\n');
            }
            items.addAll(m.triggers());
            items.addAll(m.stretch().steps());
            items.addAll(m.prevention());
        }
        items.forEach(i -> text.append(i.title()).append(' ').append(i.text()).append('\n'));
        return text.toString();
    }
}
