package org.crampguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checker's safety rules: texts name the emergency number only through its placeholder, use
 * no placeholder the guide does not know, label no item without its sources, and keep the red
 * flags in order. Each mistake gives one located message, the way the other checks do.
 */
class SafetyChecksTest {
    private static final String MUSCLES = ContentLoader.MUSCLES_FILE;
    private static final String GUIDE = ContentLoader.GUIDE_FILE;
    private static final String CHEST_WARNING = "stop and call {emergencyNumber} now.";

    private final List<Problem> problems = new ArrayList<>();

    private Problem onlyProblem(EditedPack pack) {
        assertTrue(new ContentLoader().load(pack, problems).isEmpty(), "the pack should be refused");
        assertEquals(1, problems.size(), "expected exactly one problem, got " + problems);
        return problems.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"112", "999", "911", "103", "000"})
    void aTextThatWritesAnEmergencyNumberIsRefusedWithWhereItIs(String number) {
        EditedPack pack = new EditedPack().replace(MUSCLES, CHEST_WARNING, "stop and call " + number + " now.");
        Problem problem = onlyProblem(pack);
        assertEquals("assets/content/en/muscles.json", problem.file());
        assertEquals(pack.lineOf(MUSCLES, "stop and call " + number), problem.line());
        assertTrue(problem.column() > 0);
        assertEquals("muscles[5].warning.text", problem.path());
        assertEquals("writes the emergency number \"" + number + "\" itself; write {emergencyNumber} instead, so that"
                + " the number set in \"emergencyNumber\" (or the kiosk's own) is shown", problem.message());
    }

    @Test
    void aRussianTextWith999IsRefusedToo() {
        String russianFile = Language.RUSSIAN.guideFile();
        EditedPack pack = new EditedPack().replace(russianFile, "В экстренной ситуации звоните {emergencyNumber}. {staff}",
                "В экстренной ситуации звоните 112, 999 или 911.");
        List<Problem> found = new ArrayList<>();
        assertTrue(new ContentLoader().load(pack, Language.RUSSIAN, found).isEmpty());
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).toString().startsWith("assets/content/ru/guide.json:" + pack.lineOf(russianFile, "999")
                + ":"), found.get(0).toString());
        assertTrue(found.get(0).toString().contains("disclaimer: writes the emergency number \"112\""), found.get(0).toString());
    }

    @Test
    void numbersThatAreNotEmergencyNumbersAreFine() {
        EditedPack pack = new EditedPack().replace(MUSCLES, CHEST_WARNING, "stop, rest 1120 seconds or 9115 and call {emergencyNumber} now.");
        assertTrue(new ContentLoader().load(pack, problems).isPresent(), problems.toString());
    }

    @Test
    void aMisspeltPlaceholderIsNamed() {
        EditedPack pack = new EditedPack().replace(MUSCLES, CHEST_WARNING, "stop and call {emergencyNumbr} now.");
        Problem problem = onlyProblem(pack);
        assertEquals("muscles[5].warning.text", problem.path());
        assertEquals("unknown placeholder {emergencyNumbr} (the guide knows {emergencyNumber} and {staff})",
                problem.message());
    }

    @Test
    void anEvidenceLabelWithoutSourcesIsRefused() {
        EditedPack pack = new EditedPack().edit(GUIDE, text -> text.replaceFirst(
                "\"evidence\": \"mixed\",\n(\\s*)\"sources\": \\[\"schwellnus-2009\", \"miller-2022\"\\]",
                "\"evidence\": \"mixed\""));
        Problem problem = onlyProblem(pack);
        assertEquals("causes[0].items[0].evidence", problem.path());
        assertEquals("an evidence label needs the sources that back it: add \"sources\" or leave the label out",
                problem.message());
        assertEquals(pack.lineOf(GUIDE, "\"evidence\": \"mixed\""), problem.line());
    }

    @Test
    void redFlagGroupsOutOfOrderAreRefused() {
        EditedPack pack = new EditedPack().replace(GUIDE, "\"urgency\": \"same-day\"", "\"urgency\": \"soon\"")
                .edit(GUIDE, text -> text.replaceFirst("\"urgency\": \"soon\"(?![\\s\\S]*\"urgency\": \"soon\")",
                        "\"urgency\": \"same-day\""));
        Problem problem = onlyProblem(pack);
        assertEquals("seeADoctor.groups[2].urgency", problem.path());
        assertEquals("\"same-day\" must come before \"soon\": list the groups emergency, then same-day, then soon",
                problem.message());
    }

    @Test
    void anEmergencyGroupThatDoesNotNameTheNumberIsRefused() {
        EditedPack pack = new EditedPack().replace(GUIDE, "\"title\": \"Call {emergencyNumber} now. {staff}\"",
                "\"title\": \"Call for help now\"");
        Problem problem = onlyProblem(pack);
        assertEquals("seeADoctor.groups[0].title", problem.path());
        assertEquals(pack.lineOf(GUIDE, "Call for help now"), problem.line());
    }

    @Test
    void aPackWithoutItsEmergencyNumberSaysWhatIsMissing() {
        EditedPack pack = new EditedPack().edit(GUIDE, text -> text.replaceFirst("\\s*\"emergencyNumber\": \"[^\"]*\",", ""));
        Problem problem = onlyProblem(pack);
        assertEquals("missing required field \"emergencyNumber\"", problem.message());
    }
}
