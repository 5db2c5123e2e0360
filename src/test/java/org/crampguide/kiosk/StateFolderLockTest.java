package org.crampguide.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second kiosk on the same state folder is refused in one line; the folder is free again after. */
class StateFolderLockTest {
    @TempDir
    Path state;

    /** Holds the lock in a process of its own until its input closes (the second kiosk's stand-in). */
    public static void main(String[] args) throws Exception {
        Optional<StateFolderLock> lock = StateFolderLock.take(Path.of(args[0]), new StringBuilder());
        System.out.println(lock.isPresent() ? "locked" : "not locked");
        System.out.flush();
        System.in.read();
    }

    @Test
    void aSecondKioskOnTheSameStateFolderIsRefusedUntilTheFirstEnds() throws Exception {
        Process first = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), StateFolderLockTest.class.getName(), state.toString()).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", said.readLine());
            StringBuilder why = new StringBuilder();
            assertTrue(StateFolderLock.take(state, why).isEmpty());
            assertEquals("another kiosk is already running on the state folder " + state + " (it holds "
                    + state.resolve("kiosk.lock") + ")", why.toString());
        } finally {
            first.getOutputStream().close();
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        }
        try (StateFolderLock mine = StateFolderLock.take(state, new StringBuilder()).orElseThrow()) {
            StringBuilder why = new StringBuilder();
            assertTrue(StateFolderLock.take(state, why).isEmpty(), "not twice in one process either");
            assertTrue(why.toString().startsWith("this process already runs a kiosk"), why.toString());
        }
        StateFolderLock.take(state, new StringBuilder()).orElseThrow().close();
    }
}
