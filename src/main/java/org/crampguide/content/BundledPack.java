package org.crampguide.content;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** The pack that ships inside the application: the project's {@code assets/} folder. */
public final class BundledPack implements ContentPack {
    private static final String ROOT = "/org/crampguide/pack/";

    @Override
    public String displayName(String relativePath) {
        return "assets/" + relativePath;
    }

    @Override
    public Optional<byte[]> read(String relativePath) throws IOException {
        try (InputStream in = BundledPack.class.getResourceAsStream(ROOT + relativePath)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }
}
