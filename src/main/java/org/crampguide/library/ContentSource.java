package org.crampguide.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crampguide.content.ContentPack;
import org.crampguide.content.DirectoryPack;
import org.crampguide.content.Problem;

/**
 * The pack the guide runs on (bundled, or a folder given with {@code --content}) and the one way it
 * is read: at start-up, on live reload and when staff press Reload. Each good read is remembered
 * with its time and a short fingerprint of the files it used, for the Diagnostics screen.
 */
public final class ContentSource {
    /** What one read gave: the guide, or the problems that stopped it (then the last good guide stays). */
    public record Outcome(Optional<GuideLibrary> library, List<Problem> problems) {
        public List<Problem> errors() {
            return Problem.errorsIn(problems);
        }
    }

    /** When the guide on screen was read, and a fingerprint of its files. */
    public record Loaded(Instant at, String fingerprint) {
    }

    /** A read of another pack ({@link #readOther}), for {@link #switchTo} once it is on screen. */
    public record Reading(ContentPack pack, Outcome outcome, Loaded loaded) {
    }

    private volatile ContentPack pack;
    private final Clock clock;
    private volatile Loaded loaded;

    public ContentSource(ContentPack pack, Clock clock) {
        this.pack = pack;
        this.clock = clock;
    }

    public ContentPack pack() {
        return pack;
    }

    /** The folder's path, or "bundled" for the pack inside the app. */
    public String name() {
        return pack instanceof DirectoryPack folder ? folder.folder().toString() : "bundled";
    }

    /** The last good read; null before the first. */
    public Loaded loaded() {
        return loaded;
    }

    /** Reads and checks the whole pack (call it off the JavaFX thread: it reads files). */
    public Outcome read() {
        Reading reading = readOther(pack);
        if (reading.loaded() != null) {
            loaded = reading.loaded();
        }
        return reading.outcome();
    }

    /** Reads and checks another pack without switching to it (off the JavaFX thread). */
    public Reading readOther(ContentPack other) {
        Fingerprinting files = new Fingerprinting(other);
        List<Problem> problems = new ArrayList<>();
        Optional<GuideLibrary> library = GuideLibrary.load(files, problems);
        Loaded read = library.isPresent() ? new Loaded(clock.instant(), files.fingerprint()) : null;
        return new Reading(other, new Outcome(library, List.copyOf(problems)), read);
    }

    /** From now on the guide runs on the pack of a good {@code reading} (a downloaded pack now on screen). */
    public void switchTo(Reading reading) {
        pack = reading.pack();
        loaded = reading.loaded();
    }

    /** Passes reads through and keeps a digest of every file read, whatever order they come in. */
    private static final class Fingerprinting implements ContentPack {
        private final ContentPack pack;
        private final Map<String, byte[]> digests = new TreeMap<>();

        Fingerprinting(ContentPack pack) {
            this.pack = pack;
        }

        @Override
        public String displayName(String relativePath) {
            return pack.displayName(relativePath);
        }

        @Override
        public Optional<byte[]> read(String relativePath) throws IOException {
            Optional<byte[]> bytes = pack.read(relativePath);
            bytes.ifPresent(b -> digests.put(relativePath, sha256().digest(b)));
            return bytes;
        }

        /** The first 12 hex digits of a SHA-256 over each file's path and digest, in path order. */
        String fingerprint() {
            MessageDigest all = sha256();
            digests.forEach((path, digest) -> {
                all.update(path.getBytes(StandardCharsets.UTF_8));
                all.update((byte) 0);
                all.update(digest);
            });
            return HexFormat.of().formatHex(all.digest()).substring(0, 12);
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }
    }
}
