package org.crampguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A content file that is not really UTF-8 is refused at its first bad byte, never misread. */
class TextEncodingTest {
    private static byte[] fileWith(String hexBytes) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("{\n  \"name\": \"Calves\",\n  \"text\": \"ab".getBytes(StandardCharsets.UTF_8));
        for (String hex : hexBytes.split(" ")) {
            file.write(Integer.parseInt(hex, 16));
        }
        file.writeBytes("cd\"\n}\n".getBytes(StandardCharsets.UTF_8));
        return file.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "E0 80 80", // an overlong NUL: read leniently it would put a NUL into the text
        "ED A0 80", // a lone UTF-16 surrogate, which UTF-8 may not carry
        "F4 90 80 80", // past U+10FFFF, the last code point there is
        "C0 AF", // an overlong '/'
        "E2 82", // a sequence cut short
        "E9", // Latin-1 'é' from an editor that did not save as UTF-8
    })
    void invalidSequencesAreNamedAtTheirLineAndColumn(String bytes) {
        Problem problem = TextEncoding.checkUtf8("muscles.json", fileWith(bytes)).orElseThrow(
                () -> new AssertionError(bytes + " was taken as UTF-8"));

        assertEquals("muscles.json", problem.file());
        assertEquals(3, problem.line());
        assertEquals(14, problem.column(), "the column of the first bad byte");
        assertTrue(problem.message().contains("0x" + bytes.substring(0, 2)), problem.message());
    }

    @Test
    void realTextInAnyScriptIsTaken() {
        String text = "{\"name\": \"Икры — calves 🦵, 足\"}\n";
        assertTrue(TextEncoding.checkUtf8("muscles.json", text.getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(TextEncoding.checkUtf8("empty.json", new byte[0]).isEmpty());
    }

    @Test
    void aBadByteFarIntoALongFileIsStillFound() {
        byte[] longFile = ("x".repeat(20_000) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(longFile, longFile.length + 1);
        bad[longFile.length] = (byte) 0xFF;
        Problem problem = TextEncoding.checkUtf8("guide.json", bad).orElseThrow();
        assertEquals(2, problem.line());
        assertEquals(1, problem.column());
    }
}
