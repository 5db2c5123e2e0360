package org.crampguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
    void hasTheSevenMusclesThePersonCanSelect() {
        assertEquals(List.of("calves", "hamstrings", "quadriceps", "feet", "forearms", "chest", "abdomen"),
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
    void onlyTheChestAndTheAbdomenLeadWithAWarning() {
        Muscle chest = content.muscle("chest").orElseThrow();
        assertTrue(chest.hasWarning());
        String warning = (chest.warning().title() + " " + chest.warning().text()).toLowerCase(Locale.ROOT);
        assertTrue(warning.contains("chest pain") && warning.contains(Placeholders.EMERGENCY_NUMBER.toLowerCase(Locale.ROOT)),
                warning);
        String belly = content.muscle("abdomen").orElseThrow().warning().text().toLowerCase(Locale.ROOT);
        assertTrue(belly.contains("vomiting") && belly.contains("fever") && belly.contains("hard") && belly.contains("doctor"),
                belly);
        content.muscles().stream().filter(m -> !m.id().equals("chest") && !m.id().equals("abdomen"))
                .forEach(m -> assertFalse(m.hasWarning(), m.id() + " should not carry a warning"));
    }

    @Test
    void theChestStretchIsOnlyForSomeoneWhoFeelsWellAndCarriesNoEvidenceLabel() {
        Muscle chest = content.muscle("chest").orElseThrow();
        String first = chest.stretch().steps().get(0).text().toLowerCase(Locale.ROOT);
        assertTrue(first.contains("only if you feel well"), first);
        chest.stretch().steps().forEach(step -> assertEquals(null, step.evidence(), step.text()));
        assertTrue(chest.stretch().hold().contains(Placeholders.EMERGENCY_NUMBER), chest.stretch().hold());
    }

    @Test
    void theAbdomenSaysARunnersStitchIsDifferentAndHarmless() {
        CrampOrTear check = content.muscle("abdomen").orElseThrow().crampOrTear();
        String text = (check.tearSigns() + " " + check.instead()).toLowerCase(Locale.ROOT);
        assertTrue(text.contains("stitch") && text.contains("harmless") && text.contains("not a cramp"), text);
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
    void redFlagsGoEmergencyThenSameDayThenSoon() {
        assertEquals(List.of(Urgency.EMERGENCY, Urgency.SAME_DAY, Urgency.SOON),
                content.guide().seeADoctor().groups().stream().map(Guide.RedFlagGroup::urgency).toList());
        assertTrue(content.guide().seeADoctor().groups().get(0).title().contains(Placeholders.EMERGENCY_NUMBER));
    }

    /** Each emergency the review found missing or wrong, by words the emergency group must use. */
    @ParameterizedTest
    @ValueSource(strings = {"chest", "urine", "not breathing normally", "cpr", "defibrillator (aed)", "{staff}",
        "not sweating", "40 °c", "30 minutes of cooling", "cold water", "recovery position", "confusion", "a fit",
        "swollen hands", "headache", "vomiting", "many muscles", "sickle-cell trait", "weakness or collapse",
        "one side of the body", "drooping face", "slurred speech", "breathlessness", "lung"})
    void theEmergencyGroupIsComplete(String sign) {
        assertTrue(emergencies().contains(sign), "the emergency group never says \"" + sign + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"38 °c", "38°c", "heavy sweating", "dizziness"})
    void heatExhaustionSignsAreNoLongerSoldAsAnEmergency(String sign) {
        assertFalse(emergencies().contains(sign), "the emergency group still says \"" + sign + "\"");
    }

    @Test
    void sameDayCoversALongCrampATearAndBellyPainThatIsNotACramp() {
        String sameDay = texts(content.guide().seeADoctor().groups().get(1).items());
        assertTrue(sameDay.contains("over 10 minutes") && sameDay.contains("achilles") && sameDay.contains("belly"),
                sameDay);
    }

    @Test
    void theGeneralStepsAndEveryLegMuscleCheckForATearBeforeAnyStretch() {
        List<CrampOrTear> checks = new ArrayList<>(List.of(content.guide().crampOrTear()));
        for (String leg : List.of("calves", "hamstrings", "quadriceps", "feet")) {
            checks.add(content.muscle(leg).orElseThrow().crampOrTear());
        }
        for (CrampOrTear check : checks) {
            String text = (check.cramp() + " " + texts(check.tearSigns()) + " " + texts(check.instead())).toLowerCase(Locale.ROOT);
            assertTrue(text.contains("hard") && text.contains("eases"), "what a cramp feels like: " + text);
            assertTrue(text.contains("snap") || text.contains("pop") || text.contains("sharp pain"), "tear signs: " + text);
            assertTrue(text.contains("do not stretch") && text.contains("cold") && text.contains("wrapped in a cloth")
                    && text.contains("today"), "what to do instead: " + text);
        }
        for (String heel : List.of("calves", "feet")) {
            String text = texts(content.muscle(heel).orElseThrow().crampOrTear().instead());
            assertTrue(text.contains("achilles") && text.contains("urgent care"), heel + ": " + text);
        }
        assertTrue(texts(content.guide().crampOrTear().instead()).contains("urgent care"));
    }

    @Test
    void everyLabelledItemCitesAKnownSource() {
        Set<String> known = content.guide().sources().stream().map(Source::id).collect(Collectors.toSet());
        for (Item item : items(content)) {
            if (item.evidence() != null) {
                assertFalse(item.sources().isEmpty(), "evidence label without a source: " + item.text());
            }
            item.sources().forEach(id -> assertTrue(known.contains(id), "unknown source " + id + ": " + item.text()));
        }
    }

    @Test
    void nightCrampEvidenceIsNamedAsSuchAndNotCalledWellSupported() {
        for (Item item : items(content)) {
            if (item.sources().contains("hallegraeff-2012")) {
                assertEquals(Evidence.MIXED, item.evidence(), item.text());
                assertTrue(item.text().toLowerCase(Locale.ROOT).contains("night cramps"), item.text());
            }
        }
        Item magnesium = content.guide().nutrition().items().stream()
                .filter(i -> i.sources().contains("cochrane-magnesium-2020")).findFirst().orElseThrow();
        assertTrue(magnesium.text().contains("night cramps in older adults"), magnesium.text());
    }

    private static String emergencies() {
        Guide.RedFlagGroup first = content.guide().seeADoctor().groups().get(0);
        return (first.title() + " " + texts(first.items())).toLowerCase(Locale.ROOT);
    }

    private static String texts(List<Item> items) {
        return items.stream().map(i -> i.title() + " " + i.text()).collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
    }

    /** Each topic of the source article, by a word the guide must use for it. */
    @ParameterizedTest
    @ValueSource(strings = {"hamstring", "calf", "quadriceps", "chest", "forearm", "feet",
        "older", "children", "pregnan", "overweight", "athletes",
        "fatigue", "electrolyte", "sodium", "heat", "medicine", "alcohol", "smok", "cold",
        "thyroid", "varicose", "circulation", "nerve", "spine", "vitamin", "diabetes",
        "hours later", "night", "twitch", "lump", "15 minutes",
        "stop", "stretch", "massage", "warm up", "cool down", "warm bath", "herbal", "oil",
        "magnesium", "calcium", "milk", "herbal tea", "salt", "fried", "quinine",
        "abdomen", "stitch", "night cramps", "exercise cramps", "no cause", "pickle juice", "shots", "sitting",
        "one position", "static bike", "bedding", "blood tests", "stretching programme", "writer’s cramp",
        "lifeguard", "pregnancy", "pre-workout", "caffeine"})
    void coversEveryTopicOfTheSourceArticle(String topic) {
        assertTrue(allText.contains(topic), "the guide never mentions \"" + topic + "\"");
    }

    /** The source article's unsupported figures and advice, which the reference notes say to drop. */
    @ParameterizedTest
    @ValueSource(strings = {"elastic bandage", "4–6 hours", "4-6 hours", "three to four times", "3–4 times",
        "seizure", "convulsion", "osteochondrosis", "phyto",
        "over 40", "most common in people who train", "a trial of stretching just before exercise",
        "no longer recommended", "ruled out", "112", "999", "911", "writing or typing", "get out before you stretch"})
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
    void theRussianGuideNamesRussianEmergencyNumbersOnly() {
        List<Problem> problems = new ArrayList<>();
        Guide russian = new ContentLoader().load(new BundledPack(), Language.RUSSIAN, problems).orElseThrow().content().guide();
        assertEquals("112 (скорая помощь — 103)", russian.emergencyNumber());
        assertFalse(russian.emergencyNumber().contains("999") || russian.emergencyNumber().contains("911"));
        assertEquals("112, 999 or 911", content.guide().emergencyNumber());
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
        text.append(g.seeADoctor().atTheDoctor()).append('\n');
        g.causes().forEach(c -> text.append(c.title()).append('\n').append(c.summary()).append('\n'));
        List<CrampOrTear> checks = new ArrayList<>(List.of(g.crampOrTear()));
        content.muscles().stream().map(Muscle::crampOrTear).filter(java.util.Objects::nonNull).forEach(checks::add);
        checks.forEach(c -> text.append(c.title()).append('\n').append(c.cramp()).append('\n').append(c.insteadTitle())
                .append('\n'));
        items(content).forEach(i -> text.append(i.title()).append(' ').append(i.text()).append('\n'));
        for (Muscle m : content.muscles()) {
            text.append(m.name()).append('\n').append(m.location()).append('\n').append(m.summary()).append('\n')
                    .append(String.join(" ", m.anatomicalNames())).append('\n').append(m.stretch().hold()).append('\n');
            if (m.hasWarning()) {
                text.append(m.warning().title()).append('\n').append(m.warning().text()).append('\n');
            }
        }
        return text.toString();
    }

    /** Every item of the guide and its muscles, the cramp-or-tear checks included. */
    static List<Item> items(GuideContent content) {
        Guide g = content.guide();
        List<Item> items = new ArrayList<>();
        items.addAll(g.crampOrTear().tearSigns());
        items.addAll(g.crampOrTear().instead());
        items.addAll(g.atRisk().items());
        g.causes().forEach(c -> items.addAll(c.items()));
        items.addAll(g.symptoms().items());
        items.addAll(g.firstAid().steps());
        items.addAll(g.prevention().items());
        items.addAll(g.nutrition().items());
        g.seeADoctor().groups().forEach(group -> items.addAll(group.items()));
        for (Muscle m : content.muscles()) {
            if (m.crampOrTear() != null) {
                items.addAll(m.crampOrTear().tearSigns());
                items.addAll(m.crampOrTear().instead());
            }
            items.addAll(m.triggers());
            items.addAll(m.stretch().steps());
            items.addAll(m.prevention());
        }
        return items;
    }
}
