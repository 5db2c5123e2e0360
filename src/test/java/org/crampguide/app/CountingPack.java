package org.crampguide.app;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.crampguide.content.BundledPack;
import org.crampguide.content.ContentPack;

/** The bundled pack, counting how often a file is read. */
final class CountingPack implements ContentPack {
    private final BundledPack bundled = new BundledPack();
    private final AtomicInteger reads = new AtomicInteger();

    int reads() {
        return reads.get();
    }

    @Override
    public String displayName(String relativePath) {
        return bundled.displayName(relativePath);
    }

    @Override
    public Optional<byte[]> read(String relativePath) throws IOException {
        reads.incrementAndGet();
        return bundled.read(relativePath);
    }
}
