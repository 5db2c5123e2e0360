package org.crampguide.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.crampguide.content.BundledPack;
import org.crampguide.content.ContentPack;
import org.crampguide.content.EditedPack;
import org.junit.jupiter.api.Test;

/** What happens before any window opens: options, and content that is wrong. */
class LauncherTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Launcher.Startup prepare(ContentPack pack, String... args) {
        return Launcher.prepare(args, pack, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void goodContentAndNoOptionsOpenTheWindow() {
        Launcher.Startup startup = prepare(new BundledPack());
        assertEquals(-1, startup.exitCode());
        assertEquals(6, startup.pack().content().muscles().size());
        assertEquals("", err.toString());
    }

    @Test
    void badContentRefusesToStartWithOneLinePerProblemAndNoStackTrace() {
        EditedPack pack = new EditedPack()
                .replace("content/en/muscles.json", "\"id\": \"hamstrings\"", "\"id\": \"calves\"")
                .remove("bodymap/back.svg");
        Launcher.Startup startup = prepare(pack);
        assertEquals(Launcher.EXIT_BAD_CONTENT, startup.exitCode());
        String[] lines = err.toString().strip().split("\\R");
        assertTrue(lines[0].startsWith("Cramp Guide cannot start: the content has 2 problems"), lines[0]);
        assertTrue(lines[1].trim().startsWith("assets/content/en/muscles.json:"), lines[1]);
        assertTrue(lines[1].contains("duplicate muscle id \"calves\""), lines[1]);
        assertEquals("assets/bodymap/back.svg: file not found", lines[2].trim());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(Launcher.EXIT_USAGE, prepare(new BundledPack(), "--colour", "red").exitCode());
        assertTrue(err.toString().contains("Unknown options: '--colour', 'red'"), err.toString());
        assertTrue(err.toString().contains("--help"));
    }

    @Test
    void selectingAMuscleThatDoesNotExistListsTheOnesThatDo() {
        assertEquals(Launcher.EXIT_USAGE, prepare(new BundledPack(), "--select", "biceps").exitCode());
        assertTrue(err.toString().contains("there is no muscle \"biceps\"; choose one of: calves, hamstrings"), err.toString());
    }

    @Test
    void aBadWindowSizeIsExplained() {
        assertEquals(Launcher.EXIT_USAGE, prepare(new BundledPack(), "--window", "big").exitCode());
        assertTrue(err.toString().contains("'big' is not a window size"), err.toString());
    }

    @Test
    void helpListsTheOptionsAndExitsCleanly() {
        assertEquals(0, prepare(new BundledPack(), "--help").exitCode());
        assertTrue(out.toString().contains("--select=MUSCLE"), out.toString());
        assertTrue(out.toString().contains("--window=WIDTHxHEIGHT"), out.toString());
    }
}
