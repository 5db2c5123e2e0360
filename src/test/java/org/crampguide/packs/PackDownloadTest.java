package org.crampguide.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.crampguide.library.GuideLibrary;
import org.crampguide.content.BundledPack;
import org.crampguide.content.DirectoryPack;
import org.crampguide.content.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One check of a kiosk's contentUrl against a real web server on 127.0.0.1: a good pack is taken
 * in once, and every kind of bad answer is refused with a message naming the address, leaving the
 * store as it was and nothing half-unpacked behind.
 */
class PackDownloadTest {
    private static final PackFetcher.Limits LIMITS = new PackFetcher.Limits(Duration.ofSeconds(2), Duration.ofSeconds(2),
            200_000);

    @TempDir
    Path temp;
    private PackKit kit;
    private PackServer server;
    private PackStore store;

    @BeforeEach
    void start() throws Exception {
        kit = new PackKit(temp);
        server = new PackServer();
        store = new PackStore(temp.resolve("state/content-packs"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static List<Problem> contentCheck(Path folder) {
        List<Problem> problems = new ArrayList<>();
        try {
            GuideLibrary.load(DirectoryPack.over(folder, new BundledPack()), problems);
        } catch (DirectoryPack.PackNotFoundException e) {
            problems.add(Problem.inFile(folder.toString(), e.getMessage()));
        }
        return problems;
    }

    private PackDownload updater(PackFetcher.Limits limits, PublicKey... keys) {
        List<PublicKey> trusted = keys.length == 0 ? List.of(kit.key.getPublic()) : Arrays.asList(keys);
        return new PackDownload(server.url(), trusted, store, new PackFetcher(limits), PackDownloadTest::contentCheck);
    }

    private String refused(PackDownload.Result result) throws Exception {
        PackDownload.Refused refused = assertInstanceOf(PackDownload.Refused.class, result);
        assertTrue(refused.reason().startsWith(server.url().toString()), refused.reason());
        try (Stream<Path> left = Files.exists(store.root()) ? Files.list(store.root()) : Stream.empty()) {
            assertEquals(List.of(), left.toList(), "nothing is left in the store after a refused pack");
        }
        return refused.reason();
    }

    @Test
    void aGoodPackIsUnpackedWholeAndTheSamePackIsNotDownloadedAgain() throws Exception {
        server.serve(kit.goodPack("2025.03.01", "Calf muscles"));
        PackDownload.Ready ready = assertInstanceOf(PackDownload.Ready.class,
                updater(LIMITS).check(PackFetcher.Validators.NONE));

        assertEquals("2025.03.01", ready.pack().packVersion());
        assertEquals(PackKit.MADE, ready.pack().createdAt());
        assertTrue(Files.readString(ready.pack().folder().resolve(PackKit.MUSCLES)).contains("\"Calf muscles\""));
        assertEquals(1, server.packBodies.get());

        PackDownload.Result again = updater(LIMITS).check(ready.pack().validators());
        assertInstanceOf(PackDownload.Unchanged.class, again);
        assertEquals(1, server.packBodies.get(), "a 304: the pack is not sent again");
    }

    @Test
    void anOlderValidlySignedPackDoesNotReplaceANewerOne() throws Exception {
        server.serve(kit.goodPack("2025.03.01", "Calf muscles"));
        PackDownload.Ready ready = assertInstanceOf(PackDownload.Ready.class, updater(LIMITS).check(PackFetcher.Validators.NONE));
        store.makeCurrent(ready.pack());
        server.serve(kit.goodPack("2025.02.01", "Old calves", PackKit.MADE.minus(java.time.Duration.ofDays(28))));
        PackDownload.Result old = updater(LIMITS).check(PackFetcher.Validators.NONE);
        PackDownload.Refused refused = assertInstanceOf(PackDownload.Refused.class, old);
        assertTrue(refused.reason().contains("pack 2025.02.01 (made 2025-02-01T12:00:00Z) is older than pack 2025.03.01"),
                refused.reason());
        assertEquals("2025.03.01", store.current().orElseThrow().packVersion(), "the newer pack stays");
    }

    @Test
    void aPackMadeInTheFutureIsRefused() throws Exception {
        server.serve(kit.goodPack("2999.01.01", "Calf muscles", Instant.parse("2999-01-01T00:00:00Z")));
        assertTrue(refused(updater(LIMITS).check(PackFetcher.Validators.NONE)).contains("in the future"));
    }

    @Test
    void aPackSignedWithAnotherKeyIsRefusedBeforeAnythingIsUnpacked() throws Exception {
        PackKit.Signed good = kit.goodPack("v1", "Calf muscles");
        PackKit other = new PackKit(temp);
        server.serve(new PackKit.Signed(good.zip(), other.sign(good.zip()).signature()));
        assertTrue(refused(updater(LIMITS).check(PackFetcher.Validators.NONE)).contains("signature does not match"));
    }

    @Test
    void duringAKeyRotationAPackSignedWithEitherKeyIsTaken() {
        PackKit newKey = new PackKit(temp);
        server.serve(newKey.sign(kit.goodPack("v2", "Calf muscles").zip()));
        assertInstanceOf(PackDownload.Ready.class, updater(LIMITS, kit.key.getPublic(), newKey.key.getPublic())
                .check(PackFetcher.Validators.NONE));
    }

    @Test
    void aTruncatedZipIsRefused() throws Exception {
        PackKit.Signed good = kit.goodPack("v1", "Calf muscles");
        byte[] half = Arrays.copyOf(good.zip(), good.zip().length / 2);
        server.serve(new PackKit.Signed(half, good.signature()));
        assertTrue(refused(updater(LIMITS).check(PackFetcher.Validators.NONE)).contains("signature does not match"));
        server.serve(kit.sign(half)); // even signed as it is, a cut-short zip is not unpacked
        assertTrue(refused(updater(LIMITS).check(PackFetcher.Validators.NONE)).contains("not a complete zip"));
    }

    @Test
    void entriesThatClimbOutOrAreAbsoluteOrLinksAreRefusedAndNothingLandsOutsideThePack() throws Exception {
        byte[] text = "x".getBytes(StandardCharsets.UTF_8);
        server.serve(kit.handMade(Map.of("content/../../evil.txt", text), true));
        assertTrue(refused(updater(LIMITS).check(PackFetcher.Validators.NONE)).contains("climbs out"));
        server.serve(kit.handMade(Map.of("/tmp/evil.txt", text), true));
        assertTrue(refused(updater(LIMITS).check(PackFetcher.Validators.NONE)).contains("absolute path"));
        server.serve(kit.sign(ZipLinks.asLink(PackKit.zip(Map.of("content/en/muscles.json", "/etc/passwd".getBytes(
                StandardCharsets.UTF_8))), "content/en/muscles.json")));
        assertTrue(refused(updater(LIMITS).check(PackFetcher.Validators.NONE)).contains("is a link"));
        assertFalse(Files.exists(temp.resolve("evil.txt")));
        assertFalse(Files.exists(temp.resolve("state/evil.txt")));
    }

    @Test
    void aFileNotInTheManifestOrWithAnotherHashIsRefused() throws Exception {
        byte[] text = "x".getBytes(StandardCharsets.UTF_8);
        PackKit.Signed listed = kit.handMade(Map.of("content/en/notes.txt", text), true);
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put(PackManifest.NAME, new PackManifest("v", PackKit.MADE, new java.util.TreeMap<>(Map.of(
                "content/en/notes.txt", PackManifest.sha256("y".getBytes(StandardCharsets.UTF_8))))).toJson());
        entries.put("content/en/notes.txt", text);
        server.serve(kit.sign(PackKit.zip(entries)));
        assertTrue(refused(updater(LIMITS).check(PackFetcher.Validators.NONE)).contains("differs from its SHA-256"));
        entries.put("bodymap/extra.svg", text);
        server.serve(kit.sign(PackKit.zip(entries)));
        assertTrue(refused(updater(LIMITS).check(PackFetcher.Validators.NONE)).contains("not in its manifest"));
        assertTrue(listed.zip().length > 0);
    }

    @Test
    void anOversizedDownloadIsStoppedAtTheLimit() throws Exception {
        byte[] noise = new byte[300_000];
        new Random(7).nextBytes(noise);
        server.serve(kit.handMade(Map.of("stretches/noise.svg", noise), true));
        assertTrue(refused(updater(LIMITS).check(PackFetcher.Validators.NONE)).contains("bigger than the limit"));
    }

    @Test
    void aPackThatFailsTheContentCheckIsRefusedWithTheCheckersMessage() throws Exception {
        server.serve(kit.handMade(Map.of(PackKit.MUSCLES, "{ \"muscles\": [ oops".getBytes(StandardCharsets.UTF_8)), true));
        String reason = refused(updater(LIMITS).check(PackFetcher.Validators.NONE));
        assertTrue(reason.contains("fails the content check") && reason.contains("muscles.json:1:"), reason);
    }

    @Test
    void aServerThatHangsTimesOut() throws Exception {
        server.mode(PackServer.Mode.HANG);
        long start = System.nanoTime();
        String reason = refused(updater(new PackFetcher.Limits(Duration.ofSeconds(1), Duration.ofMillis(700), 200_000))
                .check(PackFetcher.Validators.NONE));
        assertTrue(reason.contains("time"), reason);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "gave up within a few seconds");
    }

    @Test
    void notFoundAndServerErrorsAreRefusedWithTheStatus() throws Exception {
        server.mode(PackServer.Mode.NOT_FOUND);
        assertTrue(refused(updater(LIMITS).check(PackFetcher.Validators.NONE)).contains("answered 404"));
        server.mode(PackServer.Mode.SERVER_ERROR);
        assertTrue(refused(updater(LIMITS).check(PackFetcher.Validators.NONE)).contains("answered 500"));
    }
}
