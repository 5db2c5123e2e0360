package org.crampguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A content file an editor got wrong: the loader refuses it with one located message per problem
 * and never hands back half-loaded content.
 */
class BadContentTest {
    private static final String MUSCLES = ContentLoader.MUSCLES_FILE;
    private static final String GUIDE = ContentLoader.GUIDE_FILE;

    private final List<Problem> problems = new ArrayList<>();

    private Optional<ContentLoader.LoadedContent> load(ContentPack pack) {
        return new ContentLoader().load(pack, problems);
    }

    private Problem onlyProblem() {
        assertEquals(1, problems.size(), "expected exactly one problem, got " + problems);
        return problems.get(0);
    }

    @Test
    void aMissingFileIsNamed() {
        assertTrue(load(new EditedPack().remove(MUSCLES)).isEmpty());
        assertEquals("assets/content/en/muscles.json: file not found", onlyProblem().toString());
    }

    @Test
    void malformedJsonGivesTheLineAndColumn() {
        EditedPack pack = new EditedPack().replace(MUSCLES, "\"name\": \"Calves\",", "\"name\": \"Calves\" \"oops\",");
        assertTrue(load(pack).isEmpty());
        Problem problem = onlyProblem();
        assertEquals("assets/content/en/muscles.json", problem.file());
        assertEquals(pack.lineOf(MUSCLES, "\"oops\""), problem.line());
        assertTrue(problem.column() > 0);
        assertTrue(problem.message().startsWith("not valid JSON"), problem.message());
    }

    @Test
    void aKeyWrittenTwiceInOneObjectIsNamedAtItsSecondPlace() {
        EditedPack pack = new EditedPack().replace(MUSCLES, "\"name\": \"Calves\",", "\"name\": \"Calves\",\n      \"name\": \"Shins\",");
        assertTrue(load(pack).isEmpty(), "two values for one key: the editor must say which is meant");
        Problem problem = onlyProblem();
        assertEquals("assets/content/en/muscles.json", problem.file());
        assertEquals(pack.lineOf(MUSCLES, "\"Shins\""), problem.line());
        assertEquals("muscles[0].name", problem.path());
        assertEquals("\"name\" is written twice here (first on line " + pack.lineOf(MUSCLES, "\"Calves\"")
                + "); only one of the two would be used, so keep one", problem.message());
    }

    @Test
    void anUnknownFieldIsNamedWithTheFieldsThatAreAllowed() {
        EditedPack pack = new EditedPack().replace(MUSCLES, "\"name\": \"Calves\",", "\"name\": \"Calves\", \"colour\": \"red\",");
        assertTrue(load(pack).isEmpty());
        Problem problem = onlyProblem();
        assertEquals(pack.lineOf(MUSCLES, "\"colour\""), problem.line());
        assertEquals("muscles[0].colour", problem.path());
        assertTrue(problem.message().startsWith("unknown field \"colour\" (expected one of: anatomicalNames"),
                problem.message());
    }

    @Test
    void aMissingRequiredFieldIsNamedAtItsObject() {
        EditedPack pack = new EditedPack().replace(MUSCLES, "\"name\": \"Calves\",", "");
        assertTrue(load(pack).isEmpty());
        Problem problem = onlyProblem();
        assertEquals("muscles[0].name", problem.path());
        assertEquals("missing required field \"name\"", problem.message());
        assertEquals(pack.lineOf(MUSCLES, "\"id\": \"calves\"") - 1, problem.line(), "located at the muscle's opening brace");
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatWasExpected() {
        EditedPack pack = new EditedPack().replace(MUSCLES, "\"name\": \"Calves\"", "\"name\": 42");
        assertTrue(load(pack).isEmpty());
        Problem problem = problems.get(0);
        assertEquals("muscles[0].name", problem.path());
        assertEquals("expected a text but found a number", problem.message());
        assertEquals(pack.lineOf(MUSCLES, "\"name\": 42"), problem.line());
    }

    @Test
    void anEmptyTextIsRefused() {
        EditedPack pack = new EditedPack().edit(GUIDE, text -> text.replaceFirst("\"disclaimer\": \"[^\"]*\"", "\"disclaimer\": \" \""));
        assertTrue(load(pack).isEmpty());
        Problem problem = onlyProblem();
        assertEquals("disclaimer", problem.path());
        assertEquals("text is empty", problem.message());
        assertEquals(pack.lineOf(GUIDE, "\"disclaimer\""), problem.line());
    }

    @Test
    void aDuplicateMuscleIdPointsBackToTheFirst() {
        EditedPack pack = new EditedPack().replace(MUSCLES, "\"id\": \"hamstrings\"", "\"id\": \"calves\"");
        assertTrue(load(pack).isEmpty());
        Problem problem = onlyProblem();
        assertEquals("muscles[1].id", problem.path());
        assertEquals("duplicate muscle id \"calves\" (first used on line " + pack.lineOf(MUSCLES, "\"id\": \"calves\"") + ")",
                problem.message());
    }

    @Test
    void aReferenceToAnUnknownSourceIsNamed() {
        EditedPack pack = new EditedPack().replace(MUSCLES, "\"sources\": [\"manjra-1996\"]", "\"sources\": [\"wikipedia\"]");
        assertTrue(load(pack).isEmpty());
        Problem problem = onlyProblem();
        assertEquals("muscles[0].triggers[0].sources[0]", problem.path());
        assertTrue(problem.message().startsWith("unknown source \"wikipedia\""), problem.message());
    }

    @Test
    void anUnknownEvidenceLevelListsTheKnownOnes() {
        EditedPack pack = new EditedPack().replace(MUSCLES, "\"evidence\": \"well-supported\"", "\"evidence\": \"proven\"");
        assertTrue(load(pack).isEmpty());
        assertEquals("\"proven\" is not one of: well-supported, mixed, not-proven", onlyProblem().message());
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        EditedPack pack = new EditedPack()
                .replace(MUSCLES, "\"name\": \"Calves\",", "\"name\": \"Calves\", \"colour\": \"red\",")
                .replace(MUSCLES, "\"id\": \"hamstrings\"", "\"id\": \"calves\"")
                .edit(GUIDE, text -> text.replaceFirst("\"disclaimer\": \"[^\"]*\"", "\"disclaimer\": \"\""));
        assertTrue(load(pack).isEmpty());
        assertEquals(2, problems.stream().filter(p -> p.file().endsWith("muscles.json")).count(), problems.toString());
        assertEquals(1, problems.stream().filter(p -> p.file().endsWith("guide.json")).count(), problems.toString());
    }

    @Test
    void anEmptyFileIsNamed() {
        assertTrue(load(new EditedPack().put(GUIDE, new byte[0])).isEmpty());
        assertEquals("assets/content/en/guide.json: the file is empty", onlyProblem().toString());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedUnread() {
        byte[] huge = ("{\"muscles\": [" + " ".repeat(SizeLimit.CONTENT.bytes()) + "]}").getBytes(StandardCharsets.UTF_8);
        assertTrue(load(new EditedPack().put(MUSCLES, huge)).isEmpty());
        assertEquals("file is larger than 2 MB, the most content files may be", onlyProblem().message());
    }
}
