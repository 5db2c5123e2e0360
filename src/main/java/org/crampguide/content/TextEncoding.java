package org.crampguide.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Content files are UTF-8; text saved in another encoding is found before it is misread. The JDK's
 * own decoder decides what is valid (it refuses overlong forms, surrogates and code points past
 * U+10FFFF); this class only says where the first bad byte is.
 */
public final class TextEncoding {
    private TextEncoding() {
    }

    /** Empty when {@code bytes} are valid UTF-8; otherwise a problem at the first bad byte. */
    public static Optional<Problem> checkUtf8(String file, byte[] bytes) {
        int bad = firstInvalidByte(bytes);
        if (bad < 0) {
            return Optional.empty();
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return Optional.of(new Problem(file, line, column, "", String.format(
                "the text is not UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[bad] & 0xFF)));
    }

    /** The index of the first byte the JDK's UTF-8 decoder refuses, or -1 when it takes them all. */
    static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (!result.isOverflow()) {
                return -1; // all of it decoded (UTF-8 keeps nothing back for a flush)
            }
            out.clear(); // only the verdict matters, not the characters
        }
    }

    /**
     * The first character a setting or a version must not hold, described for a message: a control
     * character (NUL, a line break, …) or an invisible formatting one (bidirectional overrides and
     * isolates, zero-width marks), which can make a shown text read otherwise than it is stored.
     */
    public static Optional<String> hiddenCharacter(String text) {
        return text.codePoints().filter(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)
                .mapToObj(c -> String.format("holds the invisible character U+%04X; type the text again without it", c))
                .findFirst();
    }
}
