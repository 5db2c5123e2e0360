package org.crampguide.bodymap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crampguide.content.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a body-map SVG, and the clear refusals when one is wrong or unsafe. */
class SvgArtworkReaderTest {
    private static final String FILE = "assets/bodymap/front.svg";
    private final List<Problem> problems = new ArrayList<>();

    private Optional<Artwork> read(String svg) {
        return new SvgArtworkReader().read(FILE, svg.getBytes(StandardCharsets.UTF_8), Facing.FRONT, problems);
    }

    private static String svg(String body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 1000\">\n" + body + "\n</svg>\n";
    }

    private static final String GOOD_LAYERS = """
            <g id="silhouette"><path id="body" d="M 100 10 L 300 10 L 300 990 L 100 990 Z"/></g>
            <g id="anatomy"><path id="abs" d="M 180 300 v 100"/></g>
            <g id="regions">
              <path id="calves-front-left" d="M210 700 h 40 v 100 h -40 z"/>
              <path id="calves-front-right" d="M150 700 h 40 v 100 h -40 z"/>
            </g>""";

    private Problem onlyProblem() {
        assertEquals(1, problems.size(), "expected exactly one problem, got " + problems);
        return problems.get(0);
    }

    @Test
    void readsTheLayersAndTiesEachRegionToItsMuscleViewAndSide() {
        Artwork art = read(svg(GOOD_LAYERS)).orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals(400, art.width());
        assertEquals(1000, art.height());
        assertEquals(1, art.silhouette().size());
        assertEquals(1, art.anatomy().size());
        assertEquals(List.of(new RegionId("calves", Facing.FRONT, Side.LEFT), new RegionId("calves", Facing.FRONT, Side.RIGHT)),
                art.regions().stream().map(MuscleRegion::id).toList());
        assertEquals(5, art.regions().get(0).path().line());
    }

    @Test
    void inkscapeMetadataAndOtherNamespacesAreIgnored() {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
                     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 400 1000">
                  <title>Body map</title>
                  <metadata><anything/></metadata>
                  <sodipodi:namedview id="namedview1" inkscape:zoom="1"/>
                """ + GOOD_LAYERS + "\n</svg>";
        assertTrue(read(svg).isPresent(), problems.toString());
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedAndNeverFetched(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-CONTENT");
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + svg("<title>&leak;</title>" + GOOD_LAYERS);
        assertTrue(read(svg).isEmpty());
        Problem problem = onlyProblem();
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("DOCTYPE"), problem.message());
        assertFalse(problem.toString().contains("SECRET-CONTENT"));
    }

    @Test
    void malformedXmlGivesTheLine() {
        assertTrue(read(svg("<g id=\"silhouette\">\n<path id=\"body\" d=\"M 0 0 L 1 1 Z\">\n</g>")).isEmpty());
        Problem problem = onlyProblem();
        assertEquals(4, problem.line());
        assertTrue(problem.message().startsWith("not valid XML"), problem.message());
    }

    @Test
    void aPathWithBadSyntaxIsNamedWithWhereItGoesWrong() {
        assertTrue(read(svg(GOOD_LAYERS.replace("M210 700 h 40 v 100 h -40 z", "M210 700 h 40 v x100 z"))).isEmpty());
        Problem problem = onlyProblem();
        assertEquals(5, problem.line());
        assertEquals("path \"calves-front-left\": bad outline: expected a number at character 17 but found 'x'"
                + " in the 'v' command (it takes 1 number)", problem.message());
    }

    @Test
    void aRegionWhoseIdNamesNoViewAndSideIsRefused() {
        assertTrue(read(svg(GOOD_LAYERS.replace("calves-front-left", "left-calf"))).isEmpty());
        assertEquals("region id \"left-calf\" is not of the form <muscle>-<view>-<side> (e.g. \"calves-front-left\")",
                onlyProblem().message());
    }

    @Test
    void aRegionOfTheOtherViewIsRefused() {
        assertTrue(read(svg(GOOD_LAYERS.replace("calves-front-left", "calves-back-left"))).isEmpty());
        assertEquals("region \"calves-back-left\" is in the front view's file; its id must say \"-front-\"",
                onlyProblem().message());
    }

    @Test
    void aDuplicateIdPointsBackToTheFirst() {
        assertTrue(read(svg(GOOD_LAYERS.replace("calves-front-right", "calves-front-left"))).isEmpty());
        assertEquals("duplicate id \"calves-front-left\" (first used on line 5)", onlyProblem().message());
        assertEquals(6, onlyProblem().line());
    }

    @Test
    void transformsAreRefusedWithHowToApplyThem() {
        assertTrue(read(svg(GOOD_LAYERS.replace("<g id=\"anatomy\">", "<g id=\"anatomy\" transform=\"scale(2)\">"))).isEmpty());
        assertTrue(onlyProblem().message().contains("transform=\"scale(2)\""), onlyProblem().message());
    }

    @Test
    void shapesOtherThanPathsAreNamed() {
        assertTrue(read(svg(GOOD_LAYERS.replace("<path id=\"abs\" d=\"M 180 300 v 100\"/>", "<circle r=\"5\"/>"))).isEmpty());
        assertTrue(onlyProblem().message().startsWith("<circle> is not drawn"), onlyProblem().message());
    }

    @Test
    void aPathOutsideTheLayersIsNamed() {
        assertTrue(read(svg(GOOD_LAYERS + "\n<path id=\"stray\" d=\"M 0 0 L 5 5\"/>")).isEmpty());
        assertTrue(onlyProblem().message().startsWith("path \"stray\" is outside the layers"), onlyProblem().message());
    }

    @Test
    void aMissingViewBoxIsNamed() {
        assertTrue(read("<svg xmlns=\"http://www.w3.org/2000/svg\">" + GOOD_LAYERS + "</svg>").isEmpty());
        assertEquals("the <svg> element needs a viewBox=\"minX minY width height\"", onlyProblem().message());
    }

    @Test
    void aFileWithoutRegionsIsRefused() {
        assertTrue(read(svg("<g id=\"silhouette\"><path id=\"body\" d=\"M 0 0 L 1 1 Z\"/></g>")).isEmpty());
        assertTrue(onlyProblem().message().startsWith("the file has no muscle regions"), onlyProblem().message());
    }

    @Test
    void aFileThatIsNotSvgIsRefused() {
        assertTrue(read("<html><body/></html>").isEmpty());
        assertTrue(problems.get(0).message().startsWith("the root element must be <svg"), problems.toString());
    }
}
