package org.crampguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The gym's emergency number and the "tell a member of staff" sentence reach every text that
 * names them, in every language, on a computer and on a kiosk; nothing shows a raw placeholder.
 */
class PlaceholdersTest {
    private static final String GYM_NUMBER = "000 (gym line 4455)";

    private static GuideContent written(Language language) {
        List<Problem> problems = new ArrayList<>();
        return new ContentLoader().load(new BundledPack(), language, problems)
                .orElseThrow(() -> new AssertionError(problems.toString())).content();
    }

    /** Every text of the content, as the screens show it (the records serialised, sources left out). */
    private static List<String> texts(GuideContent content) {
        List<String> texts = new ArrayList<>();
        ObjectNode guide = new ObjectMapper().valueToTree(content.guide());
        collect(guide.without(List.of("sources", "emergencyNumber", "tellStaff")), texts);
        collect(new ObjectMapper().valueToTree(content.muscles()), texts);
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            texts.add(node.textValue());
        }
        node.forEach(child -> collect(child, texts));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aKiosksOwnNumberReplacesEveryPlaceholderAndStaffAreNamed(Language language) {
        GuideContent written = written(language);
        List<String> before = texts(written);
        List<String> shown = texts(Placeholders.fillIn(written, EmergencyContact.kiosk(GYM_NUMBER)));
        assertEquals(before.size(), shown.size());
        int named = 0;
        for (int i = 0; i < before.size(); i++) {
            assertFalse(shown.get(i).contains("{") || shown.get(i).contains("}"), shown.get(i));
            if (before.get(i).contains(Placeholders.EMERGENCY_NUMBER)) {
                assertTrue(shown.get(i).contains(GYM_NUMBER), shown.get(i));
                named++;
            }
            if (before.get(i).contains(Placeholders.STAFF)) {
                assertTrue(shown.get(i).contains(written.guide().tellStaff()), shown.get(i));
            }
        }
        assertTrue(named >= 10, "the number is named in only " + named + " places");
        assertTrue(Placeholders.fillIn(written, EmergencyContact.kiosk(GYM_NUMBER)).guide().disclaimer().contains(GYM_NUMBER));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void onAComputerThePacksNumberIsShownAndNoStaffAreMentioned(Language language) {
        GuideContent written = written(language);
        GuideContent shown = Placeholders.fillIn(written, EmergencyContact.DESKTOP);
        String number = written.guide().emergencyNumber();
        assertTrue(shown.guide().seeADoctor().groups().get(0).title().contains(number));
        assertTrue(shown.muscle("chest").orElseThrow().warning().text().contains(number));
        for (String text : texts(shown)) {
            assertFalse(text.contains(written.guide().tellStaff()), text);
            assertFalse(text.contains("{") || text.contains("  ") || text.endsWith(" "), "[" + text + "]");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theGuideAsWrittenNamesNoNumberItself(Language language) {
        for (String text : texts(written(language))) {
            assertEquals(null, Placeholders.writtenNumber(text), text);
        }
    }
}
