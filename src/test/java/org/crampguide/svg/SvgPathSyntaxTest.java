package org.crampguide.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The path grammar a designer's tools write, and the typos it catches. */
class SvgPathSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "M 10 10 L 20 20 Z",
        "M10,10L20,20z",
        "m 1.5-2.5 l.5.5 h 3 v -4 c 1 2 3 4 5 6 s 1 2 3 4 q 1 2 3 4 t 5 6 z",
        "M0 0 a10 10 0 0120 20",
        "M 0 0 A 5 5 0 1 0 10 10 L 1e2 1E-1",
        "M 0 0 L 1 1 2 2 3 3 Z M 5 5 L 6 6 Z",
        "M 0 0 C 1 1 2 2 3 3 4 4 5 5 6 6"})
    void acceptsWhatTheSvgGrammarAllows(String outline) {
        assertEquals(Optional.empty(), SvgPathSyntax.problem(outline));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "L 10 10 | must start with M",
        "M 10 10 L 20 | the outline ends where a number is expected",
        "M 10 10 X 5 5 | unknown command 'X'",
        "M 10 10 L 2 -- 5 | expected a number at character 13",
        "M 0 0 A 5 5 0 2 0 10 10 | expected an arc flag (0 or 1)",
        "M 0 0 L 1e 5 | bad exponent"})
    void namesWhatIsWrong(String outline, String expected) {
        String problem = SvgPathSyntax.problem(outline).orElseThrow();
        assertTrue(problem.contains(expected), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void anEmptyOutlineIsAProblem(String outline) {
        assertTrue(SvgPathSyntax.problem(outline).isPresent());
    }
}
