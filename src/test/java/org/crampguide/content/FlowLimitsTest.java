package org.crampguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The limits that keep a muscle's first aid short enough to follow in pain, each broken once in
 * an edited copy of the bundled pack and refused with the file, line, column and path of the
 * mistake: a muscle without a check of its own, a gate list of more than four signs, a sign or a
 * step too long, a stretch without its stop rule, the chest without its call rule.
 */
class FlowLimitsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MUSCLES = ContentLoader.MUSCLES_FILE;
    private static final String THIRTEEN_WORDS = "Put one hand on the wall and the other on your hip now.";

    private final List<Problem> problems = new ArrayList<>();

    /** The bundled muscles.json with {@code change} made to its parsed tree, written out again. */
    private static EditedPack muscles(String file, Consumer<ArrayNode> change) {
        return new EditedPack().edit(file, text -> {
            try {
                ObjectNode root = (ObjectNode) JSON.readTree(text);
                change.accept((ArrayNode) root.get("muscles"));
                return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static ObjectNode muscle(ArrayNode muscles, String id) {
        for (var node : muscles) {
            if (node.get("id").asText().equals(id)) {
                return (ObjectNode) node;
            }
        }
        throw new AssertionError("no muscle " + id);
    }

    private static ArrayNode steps(ArrayNode muscles, String id) {
        return (ArrayNode) muscle(muscles, id).get("stretch").get("steps");
    }

    private Problem onlyProblem(EditedPack pack, Language language) {
        assertTrue(new ContentLoader().load(pack, language, problems).isEmpty(), "the pack should be refused");
        assertEquals(1, problems.size(), "expected exactly one problem, got " + problems);
        Problem problem = problems.get(0);
        assertTrue(problem.line() > 0 && problem.column() > 0, "located: " + problem);
        return problem;
    }

    private Problem onlyProblem(EditedPack pack) {
        return onlyProblem(pack, Language.ENGLISH);
    }

    @Test
    void theBundledPackKeepsEveryLimit() {
        assertTrue(new ContentLoader().load(new BundledPack(), Language.ENGLISH, problems).isPresent(), problems.toString());
        assertTrue(new ContentLoader().load(new BundledPack(), Language.RUSSIAN, problems).isPresent(), problems.toString());
        assertEquals(List.of(), problems);
    }

    @Test
    void aMuscleWithoutACheckOfItsOwnIsRefusedNotGivenTheGeneralOne() {
        Problem problem = onlyProblem(muscles(MUSCLES, m -> muscle(m, "forearms").remove("crampOrTear")));
        assertEquals("assets/content/en/muscles.json", problem.file());
        assertEquals("muscles[4].crampOrTear", problem.path());
        assertEquals("missing required field \"crampOrTear\"", problem.message());
    }

    @Test
    void aStepOfMoreThanTwelveWordsIsRefusedWhereItStands() {
        EditedPack pack = muscles(MUSCLES, m -> ((ObjectNode) steps(m, "calves").get(0)).put("text", THIRTEEN_WORDS));
        Problem problem = onlyProblem(pack);
        assertEquals(pack.lineOf(MUSCLES, THIRTEEN_WORDS), problem.line());
        assertEquals("muscles[0].stretch.steps[0].text", problem.path());
        assertEquals("a step has at most 12 words (this one has 13)", problem.message());
    }

    @Test
    void twelveWordsAndADashAreStillAStep() {
        String twelve = "Put one hand on the wall — and the other on your hip.";
        EditedPack pack = muscles(MUSCLES, m -> ((ObjectNode) steps(m, "calves").get(0)).put("text", twelve));
        assertTrue(new ContentLoader().load(pack, problems).isPresent(), problems.toString());
    }

    @Test
    void aStepTitleOfMoreThanFourWordsIsRefused() {
        EditedPack pack = muscles(MUSCLES, m -> ((ObjectNode) steps(m, "hamstrings").get(0)).put("title", "Lie down on your back"));
        assertEquals("muscles[1].stretch.steps[0].title", onlyProblem(pack).path());
        assertEquals("a step's title has at most 4 words (this one has 5)", problems.get(0).message());
    }

    @Test
    void moreThanFourStepsAreRefusedAtTheFifth() {
        EditedPack pack = muscles(MUSCLES, m -> {
            ArrayNode steps = steps(m, "calves");
            while (steps.size() < 5) {
                steps.add(steps.get(0).deepCopy());
            }
        });
        Problem problem = onlyProblem(pack);
        assertEquals("muscles[0].stretch.steps[4]", problem.path());
        assertEquals("a stretch has at most 4 steps (this one has 5)", problem.message());
    }

    @Test
    void aCallNowListOfFiveSignsIsRefusedAtTheFifth() {
        EditedPack pack = muscles(MUSCLES, m -> fill((ArrayNode) muscle(m, "quadriceps").get("crampOrTear").get("callNow")));
        Problem problem = onlyProblem(pack);
        assertEquals("muscles[2].crampOrTear.callNow[4]", problem.path());
        assertEquals("a call-now list has at most 4 signs (this one has 5); put the rest in the panels' texts",
                problem.message());
    }

    @Test
    void aDontStretchListOfFiveSignsIsRefusedAtTheFifth() {
        EditedPack pack = muscles(MUSCLES, m -> fill((ArrayNode) muscle(m, "chest").get("crampOrTear").get("tearSigns")));
        assertEquals("muscles[5].crampOrTear.tearSigns[4]", onlyProblem(pack).path());
    }

    private static void fill(ArrayNode signs) {
        while (signs.size() < 5) {
            signs.add(signs.get(0).deepCopy());
        }
    }

    @Test
    void aSignOfMoreThanSixWordsIsRefused() {
        String sign = "A tense, swollen calf that hurts far more";
        EditedPack pack = muscles(MUSCLES, m -> ((ObjectNode) muscle(m, "calves").get("crampOrTear").get("callNow").get(0))
                .put("title", sign));
        Problem problem = onlyProblem(pack);
        assertEquals(pack.lineOf(MUSCLES, sign), problem.line());
        assertEquals("muscles[0].crampOrTear.callNow[0].title", problem.path());
        assertEquals("a call-now sign has at most 6 words (this one has 8)", problem.message());
    }

    @Test
    void aStretchWithoutItsStopRuleIsRefused() {
        EditedPack pack = muscles(MUSCLES, m -> steps(m, "feet").forEach(step -> ((ObjectNode) step).remove("rule")));
        Problem problem = onlyProblem(pack);
        assertEquals("muscles[3].stretch.steps", problem.path());
        assertEquals("missing the stop rule: one step must say to stop if the stretch makes it sharply worse, marked"
                + " \"rule\": \"stop-if-worse\"", problem.message());
    }

    @Test
    void theChestWithoutTheRuleToCallIfItDoesNotEaseIsRefused() {
        EditedPack pack = muscles(MUSCLES, m -> steps(m, "chest").forEach(step -> {
            if ("call-if-not-eased".equals(step.path("rule").asText())) {
                ((ObjectNode) step).remove("rule");
            }
        }));
        Problem problem = onlyProblem(pack);
        assertEquals("muscles[5].stretch.steps", problem.path());
        assertTrue(problem.message().startsWith("a muscle that opens with a warning needs a step that says when to call"),
                problem.message());
    }

    @Test
    void aRuleOutsideAStretchIsRefused() {
        EditedPack pack = muscles(MUSCLES, m -> ((ObjectNode) muscle(m, "calves").get("triggers").get(0))
                .put("rule", "stop-if-worse"));
        assertEquals("muscles[0].triggers[0].rule", onlyProblem(pack).path());
    }

    @Test
    void moreThanThreeLinesOfAftercareAreRefused() {
        EditedPack pack = muscles(MUSCLES, m -> {
            ArrayNode eased = (ArrayNode) muscle(m, "calves").get("stretch").get("eased");
            while (eased.size() < 4) {
                eased.add("Rest for a while.");
            }
        });
        assertEquals("muscles[0].stretch.eased[3]", onlyProblem(pack).path());
    }

    @Test
    void aMuscleWithoutWhatToDoIfItHasNotEasedIsRefused() {
        EditedPack pack = muscles(MUSCLES, m -> ((ObjectNode) muscle(m, "abdomen").get("stretch")).remove("notEased"));
        assertEquals("muscles[6].stretch.notEased", onlyProblem(pack).path());
        assertEquals("missing required field \"notEased\"", problems.get(0).message());
    }

    @Test
    void theRussianFileKeepsTheSameLimits() {
        EditedPack pack = muscles(Language.RUSSIAN.musclesFile(), m -> ((ObjectNode) steps(m, "calves").get(0))
                .put("text", "Сядьте на пол и вытяните ногу вперёд, носок тяните на себя, спину держите прямо."));
        Problem problem = onlyProblem(pack, Language.RUSSIAN);
        assertEquals("assets/content/ru/muscles.json", problem.file());
        assertEquals("muscles[0].stretch.steps[0].text", problem.path());
    }

    @Test
    void reviewDatesMustBeDatesWithTheNextAfterTheLast() {
        EditedPack pack = new EditedPack().edit(ContentLoader.GUIDE_FILE,
                t -> t.replaceFirst("\"nextReview\": \"[^\"]*\"", "\"nextReview\": \"2020-01-01\""));
        Problem problem = onlyProblem(pack);
        assertEquals("review.nextReview", problem.path());
        assertTrue(problem.message().startsWith("the next review (2020-01-01) must come after the last"), problem.message());
        problems.clear();
        pack = new EditedPack().edit(ContentLoader.GUIDE_FILE,
                t -> t.replaceFirst("\"lastReviewed\": \"[^\"]*\"", "\"lastReviewed\": \"2 December\""));
        assertEquals("\"2 December\" is not a date: write it as year-month-day, e.g. \"2026-12-02\"",
                onlyProblem(pack).message());
    }

    @Test
    void aHoldOfThirtyAndAHalfSecondsIsRefusedNotCutToThirty() {
        EditedPack pack = muscles(MUSCLES, m -> ((ObjectNode) muscle(m, "calves").get("stretch")).put("holdSeconds", 30.5));
        assertTrue(new ContentLoader().load(pack, problems).isEmpty(), "the pack should be refused");
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("muscles[0].stretch.holdSeconds") && p.line() > 0),
                problems.toString());
    }

    @Test
    void aTextOfMoreThanFourThousandCharactersIsRefused() {
        EditedPack pack = muscles(MUSCLES, m -> muscle(m, "feet").put("summary", "Long. ".repeat(700)));
        assertEquals("muscles[3].summary", onlyProblem(pack).path());
        assertEquals("text is 4200 characters long; at most 4000 fit on a screen (split it, or move the detail to a source)",
                problems.get(0).message());
    }
}
