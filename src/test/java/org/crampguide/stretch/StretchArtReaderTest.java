package org.crampguide.stretch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crampguide.content.ContentPack;
import org.crampguide.content.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a stretch picture, and the located refusals when one is wrong or unsafe. */
class StretchArtReaderTest {
    private static final String FILE = "assets/stretches/calves-wall-lean.svg";
    private final List<Problem> problems = new ArrayList<>();

    private static final String GOOD = """
            <title>Calf stretch at a wall</title>
            <g id="props"><path id="floor" d="M 0 390 H 480"/></g>
            <g id="figure"><path id="body" d="M 100 10 L 300 10 L 300 390 L 100 390 Z"/></g>
            <g id="stretched"><path id="calf" d="M150 300 h 40 v 60 h -40 z"/></g>
            <g id="arrow"><path id="lean" d="M10 10 l 40 0 l 0 10 z"/></g>""";

    private Optional<StretchArt> read(String svg) {
        return new StretchArtReader().read(FILE, "calves-wall-lean", svg.getBytes(StandardCharsets.UTF_8), problems);
    }

    private static String svg(String body) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 480 400\">\n" + body + "\n</svg>\n";
    }

    private Problem onlyProblem() {
        assertEquals(1, problems.size(), "expected exactly one problem, got " + problems);
        return problems.get(0);
    }

    @Test
    void readsTheTitleTheViewBoxAndTheLayersInDrawingOrder() {
        StretchArt art = read(svg(GOOD)).orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals("calves-wall-lean", art.id());
        assertEquals("Calf stretch at a wall", art.title());
        assertEquals(480, art.width());
        assertEquals(400, art.height());
        assertEquals(List.of(StretchLayer.PROPS, StretchLayer.FIGURE, StretchLayer.STRETCHED, StretchLayer.ARROW),
                art.paths().stream().map(StretchPath::layer).toList());
        StretchPath calf = art.layer(StretchLayer.STRETCHED).get(0);
        assertEquals("calf", calf.id());
        assertEquals(5, calf.line());
        assertTrue(calf.closed());
        assertFalse(art.layer(StretchLayer.PROPS).get(0).closed());
    }

    @Test
    void aDoctypeWithAnExternalEntityIsRefusedAndNeverFetched(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-CONTENT");
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + svg(GOOD.replace("Calf stretch at a wall", "&leak;"));
        assertTrue(read(svg).isEmpty());
        Problem problem = onlyProblem();
        assertEquals(FILE, problem.file());
        assertEquals(2, problem.line());
        assertTrue(problem.message().contains("DOCTYPE"), problem.message());
        assertFalse(problem.toString().contains("SECRET-CONTENT"));
    }

    @Test
    void aRectangleIsNamedWithItsLine() {
        assertTrue(read(svg(GOOD.replace("<path id=\"floor\" d=\"M 0 390 H 480\"/>", "<rect width=\"480\" height=\"4\"/>"))).isEmpty());
        Problem problem = onlyProblem();
        assertEquals(3, problem.line());
        assertTrue(problem.column() > 0);
        assertTrue(problem.message().startsWith("<rect> is not drawn"), problem.message());
    }

    @Test
    void badPathDataSaysWhereItGoesWrong() {
        assertTrue(read(svg(GOOD.replace("M150 300 h 40 v 60 h -40 z", "M150 300 h 40 v x60 z"))).isEmpty());
        Problem problem = onlyProblem();
        assertEquals(5, problem.line());
        assertEquals("path \"calf\": bad outline: expected a number at character 17 but found 'x' in the 'v' command"
                + " (it takes 1 number)", problem.message());
        assertTrue(problem.toString().startsWith(FILE + ":5:"), problem.toString());
    }

    @Test
    void aMissingTitleIsReportedAtTheSvgElement() {
        assertTrue(read(svg(GOOD.replace("<title>Calf stretch at a wall</title>", ""))).isEmpty());
        Problem problem = onlyProblem();
        assertEquals(1, problem.line());
        assertTrue(problem.message().startsWith("the picture needs a <title>"), problem.message());
    }

    @Test
    void aBlankTitleCountsAsMissing() {
        assertTrue(read(svg(GOOD.replace("Calf stretch at a wall", "   "))).isEmpty());
        assertTrue(onlyProblem().message().startsWith("the picture needs a <title>"), onlyProblem().message());
    }

    @Test
    void aPictureWithoutTheStretchedMuscleOrAnArrowIsRefused() {
        assertTrue(read(svg(GOOD.replace("<g id=\"stretched\">", "<g id=\"far\">")
                .replace("<g id=\"arrow\">", "<g id=\"start\">"))).isEmpty());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("the picture has no <g id=\"stretched\"> paths"), problems.toString());
        assertTrue(problems.get(1).message().startsWith("the picture has no <g id=\"arrow\"> paths"), problems.toString());
    }

    @Test
    void aPathOutsideTheLayersIsNamed() {
        assertTrue(read(svg(GOOD + "\n<path id=\"stray\" d=\"M 0 0 L 5 5\"/>")).isEmpty());
        assertTrue(onlyProblem().message().startsWith("path \"stray\" is outside the layers"), onlyProblem().message());
        assertEquals(7, onlyProblem().line());
    }

    @Test
    void transformsAndDuplicateIdsAreRefused() {
        assertTrue(read(svg(GOOD.replace("<g id=\"figure\">", "<g id=\"figure\" transform=\"scale(2)\">")
                .replace("id=\"lean\"", "id=\"calf\""))).isEmpty());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("transform=\"scale(2)\""), problems.toString());
        assertEquals("duplicate id \"calf\" (first used on line 5)", problems.get(1).message());
    }

    @Test
    void aMissingViewBoxAndANonSvgRootAreNamed() {
        assertTrue(read("<svg xmlns=\"http://www.w3.org/2000/svg\">" + GOOD + "</svg>").isEmpty());
        assertEquals("the <svg> element needs a viewBox=\"minX minY width height\"", onlyProblem().message());
        problems.clear();
        assertTrue(read("<html><body/></html>").isEmpty());
        assertTrue(problems.get(0).message().startsWith("the root element must be <svg"), problems.toString());
    }

    @Test
    void malformedXmlAndOtherEncodingsGiveTheLine() {
        assertTrue(read(svg(GOOD.replace("</g>\n<g id=\"stretched\">", "\n<g id=\"stretched\">"))).isEmpty());
        assertTrue(onlyProblem().message().startsWith("not valid XML"), onlyProblem().message());
        problems.clear();
        byte[] latin1 = svg(GOOD.replace("Calf", "Mollet \u00e9tir\u00e9")).getBytes(StandardCharsets.ISO_8859_1);
        assertTrue(new StretchArtReader().read(FILE, "calves-wall-lean", latin1, problems).isEmpty());
        assertEquals(2, onlyProblem().line());
        assertTrue(onlyProblem().message().contains("not UTF-8"), onlyProblem().message());
    }

    @Test
    void aPackThatLacksThePictureOrNamesABadIdIsToldSo() {
        ContentPack pack = packOf(Map.of());
        assertTrue(new StretchArtReader().read(pack, "calves-wall-lean", problems).isEmpty());
        assertEquals("gym/stretches/calves-wall-lean.svg: file not found: the stretch picture \"calves-wall-lean\" is missing",
                onlyProblem().toString());
        problems.clear();
        assertTrue(new StretchArtReader().read(pack, "../content/en/muscles", problems).isEmpty());
        assertTrue(onlyProblem().message().contains("must be lower-case words joined by hyphens"), onlyProblem().message());
    }

    @Test
    void aPackPictureIsReadFromItsStretchesFolder() {
        ContentPack pack = packOf(Map.of("stretches/calves-wall-lean.svg", svg(GOOD)));
        StretchArt art = new StretchArtReader().read(pack, "calves-wall-lean", problems)
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertEquals("Calf stretch at a wall", art.title());
    }

    private static ContentPack packOf(Map<String, String> files) {
        return new ContentPack() {
            @Override
            public String displayName(String relativePath) {
                return "gym/" + relativePath;
            }

            @Override
            public Optional<byte[]> read(String relativePath) {
                return Optional.ofNullable(files.get(relativePath)).map(text -> text.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
