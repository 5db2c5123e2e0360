package org.crampguide.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crampguide.content.Problem;
import org.crampguide.svg.SvgPathLimits;
import org.junit.jupiter.api.Test;

/**
 * Artwork that passes the checker cannot freeze the screen or paint over it: a region of 190,000
 * points, a point at 1e38, a file of thousands of elements and a viewBox of NaN are each refused
 * where they are (the stretch pictures' reader applies the same limits).
 */
class SvgPathLimitsTest {
    private static final String FILE = "assets/bodymap/front.svg";
    private final List<Problem> problems = new ArrayList<>();

    private Optional<Artwork> read(String regions) {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 1000\">\n"
                + "<g id=\"silhouette\"><path id=\"body\" d=\"M 100 10 L 300 10 L 300 990 L 100 990 Z\"/></g>\n"
                + "<g id=\"regions\">\n" + regions + "\n</g>\n</svg>\n";
        return new SvgArtworkReader().read(FILE, svg.getBytes(StandardCharsets.UTF_8), Facing.FRONT, problems);
    }

    private Problem onlyProblem() {
        assertEquals(1, problems.size(), "expected exactly one problem, got " + problems);
        return problems.get(0);
    }

    @Test
    void aRegionOfAHundredAndNinetyThousandPointsIsRefusedOnItsLine() {
        StringBuilder d = new StringBuilder("M 200 700");
        for (int i = 0; i < 190_000; i++) {
            d.append(" L ").append(200 + i % 40).append(' ').append(700 + i % 50);
        }
        assertTrue(read("<path id=\"calves-front-left\" d=\"" + d + "z\"/>").isEmpty());
        assertEquals(4, onlyProblem().line());
        assertTrue(onlyProblem().message().contains("characters long; at most " + SvgPathLimits.MAX_CHARS),
                onlyProblem().message());
    }

    @Test
    void anOutlineOfTooManyNumbersIsRefusedEvenWhenShort() {
        String d = "M0 0" + " 1 1".repeat(SvgPathLimits.MAX_NUMBERS / 2);
        assertEquals(Optional.of("the outline has more than " + SvgPathLimits.MAX_NUMBERS
                + " numbers; draw it with fewer points"), SvgPathLimits.problem(d, new double[] {0, 0, 400, 1000}));
    }

    @Test
    void aPointFarOutsideTheViewBoxIsRefusedSoNothingPaintsOverTheScreen() {
        assertTrue(read("<path id=\"calves-front-left\" d=\"M 210 700 L 1e38 1e38 z\"/>").isEmpty());
        assertTrue(onlyProblem().message().contains("is far outside the viewBox"), onlyProblem().message());
        problems.clear();
        assertTrue(read("<path id=\"calves-front-left\" d=\"M 210 700 l 300 0 l 300 0 l 300 0 z\"/>").isEmpty(),
                "relative steps that walk away are followed");
        problems.clear();
        assertTrue(read("<path id=\"calves-front-left\" d=\"M 210 700 C 210 700 5e6 0 250 800 z\"/>").isEmpty(),
                "a control point counts too");
    }

    @Test
    void artJustOutsideTheEdgeIsStillFine() {
        assertTrue(read("<path id=\"calves-front-left\" d=\"M -10 700 h 40 v 320 h -40 z\"/>"
                + "<path id=\"calves-front-right\" d=\"M150 700 h 40 v 100 h -40 z\"/>").isPresent(), problems.toString());
    }

    @Test
    void aFileOfTooManyElementsIsRefusedOnce() {
        String many = "<g>".repeat(SvgPathLimits.MAX_ELEMENTS) + "</g>".repeat(SvgPathLimits.MAX_ELEMENTS);
        assertTrue(read(many).isEmpty());
        assertEquals(1, problems.stream().filter(p -> p.message().contains("more than " + SvgPathLimits.MAX_ELEMENTS
                + " elements")).count(), problems.toString());
    }

    @Test
    void aViewBoxOfNotANumberIsRefusedByBothReaders() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 NaN Infinity\"><title>x</title></svg>";
        assertTrue(new SvgArtworkReader().read(FILE, svg.getBytes(StandardCharsets.UTF_8), Facing.FRONT, problems).isEmpty());
        assertTrue(problems.get(0).message().startsWith("viewBox=\"0 0 NaN Infinity\" must be four numbers"), problems.toString());
        assertEquals(Optional.empty(), SvgPathLimits.viewBox("0 0 NaN 100"));
        assertEquals(Optional.empty(), SvgPathLimits.viewBox("NaN 0 100 100"));
        assertTrue(SvgPathLimits.viewBox("0 0 480 400").isPresent());
    }
}
