package org.crampguide.content;

import java.io.IOException;
import java.util.Optional;

/**
 * Where the guide's files come from: the content JSON and the body-map artwork, addressed by a
 * path relative to the pack such as {@code content/en/muscles.json} or {@code bodymap/front.svg}.
 */
public interface ContentPack {

    /** The name a person should look for when a message is about this file. */
    String displayName(String relativePath);

    /** The file's bytes, or empty when the pack has no such file. */
    Optional<byte[]> read(String relativePath) throws IOException;
}
