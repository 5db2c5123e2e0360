package org.crampguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guide in Russian beside English, and English standing in for anything not translated. */
class ContentLanguagesTest {
    private final List<Problem> problems = new ArrayList<>();

    @Test
    void theBundledRussianGuideLoadsCleanlyWithTheSameMusclesAndSources() {
        GuideContent english = new ContentLoader().load(new BundledPack(), Language.ENGLISH, problems).orElseThrow().content();
        GuideContent russian = new ContentLoader().load(new BundledPack(), Language.RUSSIAN, problems).orElseThrow().content();
        assertEquals(List.of(), problems);
        assertEquals(english.muscles().stream().map(Muscle::id).toList(), russian.muscles().stream().map(Muscle::id).toList());
        assertEquals(english.guide().sources(), russian.guide().sources());
        assertEquals(english.guide().myths().size(), russian.guide().myths().size());
        assertNotEquals(english.muscle("calves").orElseThrow().name(), russian.muscle("calves").orElseThrow().name());
        String shown = Placeholders.fillIn(russian, EmergencyContact.DESKTOP).guide().disclaimer();
        assertTrue(shown.contains("112 (скорая помощь — 103)") && !shown.contains("999"), shown);
    }

    @Test
    void anUntranslatedFileFallsBackToEnglishWithAWarning() {
        EditedPack pack = new EditedPack().remove("content/ru/muscles.json");
        GuideContent russian = new ContentLoader().load(pack, Language.RUSSIAN, problems).orElseThrow().content();
        assertEquals(1, problems.size(), problems.toString());
        Problem warning = problems.get(0);
        assertEquals(Problem.Severity.WARNING, warning.severity());
        assertEquals("assets/content/ru/muscles.json: warning: not translated into Русский;"
                + " the English content/en/muscles.json is shown instead", warning.toString());
        assertEquals("Calves", russian.muscle("calves").orElseThrow().name());
        assertTrue(russian.guide().overview().title().matches(".*[А-Яа-я].*"), "the translated guide.json is still used");
    }

    @Test
    void aMistakeInTheTranslationIsAnErrorNamingTheRussianFile() {
        EditedPack pack = new EditedPack().edit("content/ru/guide.json", t -> t.replaceFirst("\"disclaimer\": \"[^\"]*\"", "\"disclaimer\": \"\""));
        assertTrue(new ContentLoader().load(pack, Language.RUSSIAN, problems).isEmpty());
        assertEquals("assets/content/ru/guide.json", problems.get(0).file());
    }
}
