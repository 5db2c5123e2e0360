package org.crampguide.packs;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import org.crampguide.content.Problem;

/**
 * One check of a kiosk's {@code contentUrl}: fetch (unless unchanged), verify the signature before
 * anything is unpacked, unpack exactly what the manifest lists into a hidden folder, run the content
 * checker on it, and only then rename it into the store. Whatever goes wrong, the pack on screen and
 * the last good pack on disk are untouched, and the result says what happened in one line. Packs
 * only move forward: one made before the pack this kiosk has (a validly signed old pack replayed)
 * or made in the future (which would pin the content's age) is refused.
 */
public final class PackDownload {
    /** The content checker, as {@code --check-content} runs it: every problem of the pack in {@code folder}. */
    public interface ContentCheck {
        List<Problem> problems(Path folder);
    }

    /** What one check found. */
    public sealed interface Result permits Unchanged, Ready, Refused {
    }

    /** The server has nothing newer than what the kiosk already has. */
    public record Unchanged() implements Result {
    }

    /** A good new pack, unpacked and checked, waiting to go on screen. */
    public record Ready(PackStore.Current pack) implements Result {
    }

    /** Nothing new can be used; {@code reason} names the address or file and what is wrong. */
    public record Refused(String reason) implements Result {
    }

    /** How far ahead of this kiosk's clock a pack's creation time may be (clocks differ a little). */
    static final java.time.Duration CLOCK_SLACK = java.time.Duration.ofMinutes(10);

    private final URI url;
    private final java.time.Clock clock;
    private final List<PublicKey> keys;
    private final PackStore store;
    private final PackFetcher fetcher;
    private final ContentCheck check;

    public PackDownload(URI url, List<PublicKey> keys, PackStore store, PackFetcher fetcher, ContentCheck check) {
        this(url, keys, store, fetcher, check, java.time.Clock.systemUTC());
    }

    public PackDownload(URI url, List<PublicKey> keys, PackStore store, PackFetcher fetcher, ContentCheck check,
            java.time.Clock clock) {
        this.url = url;
        this.clock = clock;
        this.keys = List.copyOf(keys);
        this.store = store;
        this.fetcher = fetcher;
        this.check = check;
    }

    public URI url() {
        return url;
    }

    /** Never throws: every failure is a {@link Refused}. Run it off the JavaFX thread. */
    public Result check(PackFetcher.Validators known) {
        Path download = null;
        Path staging = null;
        try {
            download = store.newDownload();
            PackFetcher.Fetched fetched = fetcher.fetch(url, known, download);
            if (fetched instanceof PackFetcher.NotModified) {
                return new Unchanged();
            }
            PackFetcher.Downloaded got = (PackFetcher.Downloaded) fetched;
            String where = url.toString();
            PackSignature.verify(keys, got.zip(), got.signature(), where);
            String id = PackManifest.sha256(Files.readAllBytes(got.zip())).substring(0, 12);
            if (store.isBad(id)) {
                return new Refused(where + ": refused: this pack (" + id + ") broke this kiosk's screen before or staff"
                        + " went back from it; it is not taken in again");
            }
            staging = store.newStaging();
            PackManifest manifest = PackUnpacker.unpack(got.zip(), staging, where);
            String backwards = backwards(manifest, where);
            if (backwards != null) {
                return new Refused(backwards);
            }
            List<Problem> errors = check.problems(staging).stream().filter(Problem::isError).toList();
            if (!errors.isEmpty()) {
                return new Refused(where + ": refused: the pack fails the content check with " + errors.size()
                        + (errors.size() == 1 ? " error" : " errors") + "; first: "
                        + errors.get(0).toString().replace(staging.toString(), "(pack " + manifest.packVersion() + ")"));
            }
            Path installed = store.install(staging, id);
            staging = null;
            return new Ready(new PackStore.Current(installed, manifest.packVersion(), manifest.createdAt(),
                    got.validators()));
        } catch (PackException e) {
            return new Refused(e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new Refused(url + ": the kiosk could not store the pack (" + e + ")");
        } finally {
            if (download != null) {
                PackFetcher.quietlyDelete(download);
            }
            if (staging != null) {
                try {
                    PackStore.deleteTree(staging);
                } catch (IOException ignored) {
                    // removed at the next start
                }
            }
        }
    }

    /** Why the pack would take the kiosk back in time, or null when it moves forward. */
    private String backwards(PackManifest manifest, String where) throws IOException {
        java.time.Instant latest = clock.instant().plus(CLOCK_SLACK);
        if (manifest.createdAt().isAfter(latest)) {
            return where + ": refused: pack " + manifest.packVersion() + " says it was made at " + manifest.createdAt()
                    + ", in the future (this kiosk's clock says " + clock.instant() + "); check the clock where it was made";
        }
        java.util.Optional<PackStore.Current> have = store.current();
        if (have.isPresent() && manifest.createdAt().isBefore(have.get().createdAt())) {
            return where + ": refused: pack " + manifest.packVersion() + " (made " + manifest.createdAt()
                    + ") is older than pack " + have.get().packVersion() + " (made " + have.get().createdAt()
                    + ") on this kiosk";
        }
        return null;
    }
}
