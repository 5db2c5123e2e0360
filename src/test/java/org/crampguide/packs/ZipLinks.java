package org.crampguide.packs;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Marks a zip entry as a Unix symbolic link, as {@code zip --symlinks} would store it (Java cannot write one). */
final class ZipLinks {
    private ZipLinks() {
    }

    static byte[] asLink(byte[] zip, String name) {
        byte[] copy = zip.clone();
        ByteBuffer bytes = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + 46 < copy.length; at++) {
            if (bytes.getInt(at) == 0x02014b50 && bytes.getShort(at + 28) == wanted.length
                    && new String(copy, at + 46, wanted.length, StandardCharsets.UTF_8).equals(name)) {
                bytes.putShort(at + 4, (short) (3 << 8 | 20)); // made on Unix
                bytes.putInt(at + 38, 0xA1FF << 16); // lrwxrwxrwx
                return copy;
            }
        }
        throw new IllegalArgumentException(name + " is not in the zip");
    }
}
