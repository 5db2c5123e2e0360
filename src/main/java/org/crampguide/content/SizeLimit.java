package org.crampguide.content;

import java.util.Optional;

/**
 * The most a pack's text file may hold. Content, artwork and pictures are short texts; anything
 * bigger is a mistake (a wrong file, a paste gone wrong), refused before it is parsed.
 *
 * @param bytes the largest size allowed
 * @param what the kind of file, as the message names it ("content files", "a stretch picture")
 */
public record SizeLimit(int bytes, String what) {
    public static final SizeLimit CONTENT = new SizeLimit(2 * 1024 * 1024, "content files");

    /**
     * The first reason {@code content} cannot be read as a text file of this kind: too big, or not
     * UTF-8 (located by line and column); empty when it can.
     */
    public Optional<Problem> check(String file, byte[] content) {
        if (content.length > bytes) {
            // a reader stops one byte past the limit, so the size is known only to be more than it
            return Optional.of(Problem.inFile(file, "file is larger than " + readable(bytes)
                    + ", the most " + what + " may be"));
        }
        return TextEncoding.checkUtf8(file, content);
    }

    private static String readable(int size) {
        return size % (1024 * 1024) == 0 ? size / (1024 * 1024) + " MB" : size / 1024 + " KB";
    }
}
