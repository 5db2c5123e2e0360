package org.crampguide.content;

import java.util.Optional;

/** Content files are UTF-8; text saved in another encoding is found before it is misread. */
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

    /** The index of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
    static int firstInvalidByte(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            int following;
            if (lead < 0x80) {
                following = 0;
            } else if (lead >= 0xC2 && lead <= 0xDF) {
                following = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                following = 2;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                following = 3;
            } else {
                return i;
            }
            if (i + following >= bytes.length) {
                return i;
            }
            for (int k = 1; k <= following; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += following + 1;
        }
        return -1;
    }
}
