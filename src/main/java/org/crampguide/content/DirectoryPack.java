package org.crampguide.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A gym's own pack: a folder laid out like {@code assets/} (content JSON and body-map SVGs). A file
 * the folder does not have comes from the pack underneath (the bundled one), so a pack may
 * override only what it changes.
 */
public final class DirectoryPack implements ContentPack {
    private final Path folder;
    private final ContentPack underneath;

    private DirectoryPack(Path folder, ContentPack underneath) {
        this.folder = folder;
        this.underneath = underneath;
    }

    /** The pack in {@code folder}, or a problem when there is no such folder. */
    public static DirectoryPack over(Path folder, ContentPack underneath) throws PackNotFoundException {
        if (!Files.isDirectory(folder)) {
            throw new PackNotFoundException(folder + ": " + (Files.exists(folder)
                    ? "is a file, not a content pack folder" : "no such folder"));
        }
        return new DirectoryPack(folder.toAbsolutePath().normalize(), underneath);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public String displayName(String relativePath) {
        Path file = folder.resolve(relativePath);
        return Files.exists(file) ? file.toString() : underneath.displayName(relativePath) + " (bundled)";
    }

    @Override
    public Optional<byte[]> read(String relativePath) throws IOException {
        Path file = folder.resolve(relativePath);
        if (!Files.isRegularFile(file)) {
            return underneath.read(relativePath);
        }
        long size = Files.size(file);
        if (size > SizeLimit.CONTENT.bytes()) {
            // read no more than the limit plus one byte: enough for the size check to report it
            try (var in = Files.newInputStream(file)) {
                return Optional.of(in.readNBytes(SizeLimit.CONTENT.bytes() + 1));
            }
        }
        return Optional.of(Files.readAllBytes(file));
    }

    /** The folder named as a content pack does not exist. */
    public static final class PackNotFoundException extends Exception {
        public PackNotFoundException(String message) {
            super(message);
        }
    }
}
