package org.crampguide.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The bundled pack with some files edited, replaced or removed, the way a gym's editor might get
 * them wrong. Messages name files as the bundled pack does ({@code assets/...}).
 */
public final class EditedPack implements ContentPack {
    private final BundledPack bundled = new BundledPack();
    private final Map<String, byte[]> replaced = new HashMap<>();
    private final Set<String> removed = new HashSet<>();

    /** Replaces the first occurrence of {@code from} in a file; fails if it is not there. */
    public EditedPack replace(String path, String from, String to) {
        return edit(path, text -> {
            if (!text.contains(from)) {
                throw new IllegalArgumentException(path + " does not contain: " + from);
            }
            return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        });
    }

    public EditedPack edit(String path, UnaryOperator<String> change) {
        replaced.put(path, change.apply(text(path)).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public EditedPack put(String path, byte[] bytes) {
        replaced.put(path, bytes);
        return this;
    }

    public EditedPack remove(String path) {
        removed.add(path);
        return this;
    }

    /** The line (from 1) of the first line of {@code path} that holds {@code text}. */
    public int lineOf(String path, String text) {
        String[] lines = text(path).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + path);
    }

    /** The current text of a file of this pack. */
    public String text(String path) {
        try {
            byte[] bytes = read(path).orElseThrow(() -> new IllegalArgumentException("no file " + path));
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String displayName(String relativePath) {
        return bundled.displayName(relativePath);
    }

    @Override
    public Optional<byte[]> read(String relativePath) throws IOException {
        if (removed.contains(relativePath)) {
            return Optional.empty();
        }
        byte[] bytes = replaced.get(relativePath);
        return bytes != null ? Optional.of(bytes) : bundled.read(relativePath);
    }
}
