package org.crampguide.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every source of packs answers in time or is given up (all on 127.0.0.1): a shared folder that
 * hangs is abandoned after its time limit and the next check still runs, and a server's redirect
 * is followed only to the same scheme, host and port.
 */
class PackSourceLimitsTest {
    private static final PackFetcher.Limits LIMITS = new PackFetcher.Limits(Duration.ofSeconds(2), Duration.ofSeconds(2),
            1024 * 1024);

    @TempDir
    Path temp;
    private PackServer server;
    private PackKit kit;

    @BeforeEach
    void start() throws Exception {
        server = new PackServer();
        kit = new PackKit(temp);
        server.serve(kit.goodPack("v1", "Calf muscles"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRedirectOnTheSameServerIsFollowed() throws Exception {
        PackFetcher.Fetched fetched = new PackFetcher(LIMITS).fetch(server.movedUrl(), PackFetcher.Validators.NONE,
                temp.resolve("got.zip"));
        PackFetcher.Downloaded got = assertInstanceOf(PackFetcher.Downloaded.class, fetched);
        assertEquals(server.url().getPort(), server.movedUrl().getPort());
        assertTrue(Files.size(got.zip()) > 0);
    }

    @Test
    void aRedirectToAnotherHostIsRefused() {
        server.moveTo("http://localhost:" + server.url().getPort()); // the same machine, but another host name
        PackException refused = assertThrows(PackException.class, () -> new PackFetcher(LIMITS).fetch(server.movedUrl(),
                PackFetcher.Validators.NONE, temp.resolve("got.zip")));
        assertTrue(refused.getMessage().contains("refused a redirect to http://localhost:"), refused.getMessage());
        assertTrue(Files.notExists(temp.resolve("got.zip.sig")), "nothing fetched from the other host");
    }

    @Test
    void aSharedFolderThatHangsIsGivenUpInTimeAndTheNextCheckStillRuns() throws Exception {
        Path share = Files.createDirectories(temp.resolve("share"));
        Path hanging = share.resolve("pack.zip");
        assertEquals(0, new ProcessBuilder("mkfifo", hanging.toString()).start().waitFor()); // opening it blocks, as a stuck share does
        PackFetcher fetcher = new PackFetcher(LIMITS);
        long started = System.nanoTime();
        PackException timedOut = assertThrows(PackException.class,
                () -> fetcher.fetch(hanging.toUri(), PackFetcher.Validators.NONE, temp.resolve("a.zip")));
        long waited = (System.nanoTime() - started) / 1_000_000;
        assertTrue(timedOut.getMessage().contains("timed out"), timedOut.getMessage());
        assertTrue(waited < 5_000, "given up after the 2 s limit, not blocked: " + waited + " ms");

        Path good = Files.write(temp.resolve("good.zip"), kit.goodPack("v2", "Calves too").zip());
        Files.write(temp.resolve("good.zip.sig"), kit.goodPack("v2", "Calves too").signature());
        assertInstanceOf(PackFetcher.Downloaded.class, fetcher.fetch(good.toUri(), PackFetcher.Validators.NONE,
                temp.resolve("b.zip")), "the next check runs while the hung read is still stuck");

        try (OutputStream unblock = Files.newOutputStream(hanging)) { // let the abandoned reader finish
            unblock.flush();
        }
        // and wait for it, so that it writes nothing into the test's folder while the folder is removed
        long until = System.nanoTime() + 10_000_000_000L;
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("shared-folder-read"))
                && System.nanoTime() < until) {
            Thread.sleep(20);
        }
    }
}
