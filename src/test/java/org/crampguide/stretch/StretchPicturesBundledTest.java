package org.crampguide.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crampguide.content.BundledPack;
import org.crampguide.content.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every stretch picture the project draws is bundled, reads cleanly and shows what it must. */
class StretchPicturesBundledTest {
    private static final Path FOLDER = Path.of("assets", "stretches");

    /** Two positions for each leg muscle and the abdomen, one or two for the arms and chest. */
    static final List<String> EXPECTED = List.of(
            "abdomen-lying-long", "abdomen-prone-prop",
            "calves-towel-pull", "calves-wall-lean",
            "chest-doorway",
            "feet-stand-press", "feet-toe-pull",
            "forearms-fingers-back", "forearms-palm-on-table",
            "hamstrings-lying-leg-raise", "hamstrings-seated-reach",
            "quadriceps-side-lying", "quadriceps-standing-heel-pull");

    static List<String> drawnIds() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".svg"))
                    .map(name -> name.substring(0, name.length() - ".svg".length()))
                    .sorted()
                    .toList();
        }
    }

    static StretchArt bundled(String id) {
        List<Problem> problems = new ArrayList<>();
        StretchArt art = new StretchArtReader().read(new BundledPack(), id, problems)
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals(List.of(), problems);
        return art;
    }

    @Test
    void theFolderHoldsOnePictureForEveryStretchPositionInTheGuide() throws IOException {
        assertEquals(EXPECTED, drawnIds());
        for (String muscle : List.of("calves", "hamstrings", "quadriceps", "feet", "forearms", "abdomen")) {
            assertTrue(EXPECTED.stream().filter(id -> id.startsWith(muscle + "-")).count() >= 2, muscle);
        }
    }

    @ParameterizedTest
    @MethodSource("drawnIds")
    void readsFromTheBundledPackWithATitleTheStretchedMuscleAndAnArrow(String id) {
        StretchArt art = bundled(id);
        assertTrue(StretchArt.isValidId(id), id);
        assertEquals(id, art.id());
        assertTrue(art.title().length() >= 20 && !art.title().contains("<"), art.title());
        assertFalse(art.layer(StretchLayer.FIGURE).isEmpty(), id + " has no figure");
        assertFalse(art.layer(StretchLayer.STRETCHED).isEmpty(), id + " shows no stretched muscle");
        assertFalse(art.layer(StretchLayer.ARROW).isEmpty(), id + " has no arrow");
    }

    @ParameterizedTest
    @MethodSource("drawnIds")
    void everyOutlineStaysInsideThePicture(String id) {
        StretchArt art = bundled(id);
        for (StretchPath path : art.paths()) {
            for (double[] point : PathPoints.of(path.outline())) {
                assertTrue(point[0] >= art.minX() - 1 && point[0] <= art.minX() + art.width() + 1
                        && point[1] >= art.minY() - 1 && point[1] <= art.minY() + art.height() + 10,
                        id + ": " + path.id() + " leaves the picture at " + point[0] + "," + point[1]);
            }
        }
    }

    @Test
    void theTitlesAreDistinct() throws IOException {
        List<String> titles = drawnIds().stream().map(id -> bundled(id).title()).toList();
        assertEquals(titles.size(), titles.stream().distinct().count(), titles.toString());
    }
}
