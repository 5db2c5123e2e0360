package org.crampguide.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crampguide.bodymap.Facing;
import org.crampguide.content.EditedPack;
import org.crampguide.content.Language;
import org.crampguide.content.Problem;
import org.junit.jupiter.api.Test;

/** The content and the artwork must agree: every muscle drawn, every drawn region a muscle. */
class GuidePackTest {
    private final List<Problem> problems = new ArrayList<>();

    private Optional<GuidePack> load(EditedPack pack) {
        return GuideLibrary.load(pack, problems).map(library -> library.in(Language.ENGLISH));
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }

    @Test
    void theBundledPackDrawsEveryMuscleOnBothSides() {
        GuidePack pack = load(new EditedPack()).orElseThrow(() -> new AssertionError(problems.toString()));
        for (var muscle : pack.content().muscles()) {
            for (String side : List.of("left", "right")) {
                boolean drawn = pack.bodyMap().views().values().stream().flatMap(a -> a.regions().stream())
                        .anyMatch(r -> r.muscleId().equals(muscle.id()) && r.id().side().id().equals(side));
                assertTrue(drawn, muscle.id() + " " + side);
            }
        }
        assertEquals(Facing.values().length, pack.bodyMap().views().size());
    }

    @Test
    void aRegionForAMuscleTheContentDoesNotHaveIsNamedWithItsLine() {
        EditedPack pack = new EditedPack().replace("bodymap/front.svg", "id=\"chest-front-left\"", "id=\"abs-front-left\"");
        assertTrue(load(pack).isEmpty());
        assertEquals(1, problems.size(), problems.toString());
        Problem problem = problems.get(0);
        assertEquals("assets/bodymap/front.svg", problem.file());
        assertEquals(lineOf(pack.text("bodymap/front.svg"), "id=\"abs-front-left\""), problem.line());
        assertEquals("region \"abs-front-left\" names muscle \"abs\", which is not in assets/content/en/muscles.json",
                problem.message());
    }

    @Test
    void aMuscleWithNoRegionIsNamedAtItsEntryInTheContent() {
        EditedPack pack = new EditedPack()
                .edit("bodymap/front.svg", svg -> svg.replaceAll("id=\"feet-front-(left|right)\"", "id=\"toes-front-$1\""))
                .edit("bodymap/back.svg", svg -> svg.replaceAll("id=\"feet-back-(left|right)\"", "id=\"heels-back-$1\""));
        assertTrue(load(pack).isEmpty());
        Problem feet = problems.stream().filter(p -> p.file().endsWith("muscles.json")).findFirst()
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals(lineOf(pack.text("content/en/muscles.json"), "\"id\": \"feet\""), feet.line());
        assertTrue(feet.message().startsWith("muscle \"feet\" has no region in the body map"), feet.message());
        assertEquals(5, problems.size(), "four stray regions and one undrawn muscle: " + problems);
    }

    @Test
    void problemsInContentAndArtworkAreReportedTogether() {
        EditedPack pack = new EditedPack()
                .replace("content/en/muscles.json", "\"name\": \"Calves\",", "")
                .replace("bodymap/back.svg", "<g id=\"regions\"", "<g id=\"regions\" transform=\"scale(2)\"");
        assertTrue(load(pack).isEmpty());
        assertEquals(2, problems.size(), problems.toString());
    }
}
