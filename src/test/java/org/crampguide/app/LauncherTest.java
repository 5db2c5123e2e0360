package org.crampguide.app;

import org.crampguide.commands.ExitCodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
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
        assertEquals(7, startup.pack().content().muscles().size());
        assertEquals("", err.toString());
    }

    @Test
    void badContentRefusesToStartWithOneLinePerProblemAndNoStackTrace() {
        EditedPack pack = new EditedPack()
                .replace("content/en/muscles.json", "\"id\": \"hamstrings\"", "\"id\": \"calves\"")
                .remove("bodymap/back.svg");
        Launcher.Startup startup = prepare(pack);
        assertEquals(ExitCodes.BAD_CONTENT, startup.exitCode());
        List<String> lines = err.toString().strip().lines().map(String::trim).toList();
        assertEquals(3, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("Cramp Guide cannot start: the content has 2 problems"), lines.get(0));
        assertTrue(lines.contains("assets/bodymap/back.svg: file not found"), err.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("assets/content/en/muscles.json:")
                && l.contains("duplicate muscle id \"calves\"")), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, prepare(new BundledPack(), "--colour", "red").exitCode());
        assertTrue(err.toString().contains("Unknown options: '--colour', 'red'"), err.toString());
        assertTrue(err.toString().contains("--help"));
    }

    @Test
    void selectingAMuscleThatDoesNotExistListsTheOnesThatDo() {
        assertEquals(ExitCodes.USAGE, prepare(new BundledPack(), "--select", "biceps").exitCode());
        assertTrue(err.toString().contains("there is no muscle \"biceps\"; choose one of: calves, hamstrings"), err.toString());
    }

    @Test
    void aBadWindowSizeIsExplained() {
        assertEquals(ExitCodes.USAGE, prepare(new BundledPack(), "--window", "big").exitCode());
        assertTrue(err.toString().contains("'big' is not a window size"), err.toString());
    }

    @Test
    void helpListsTheOptionsAndExitsCleanly() {
        assertEquals(0, prepare(new BundledPack(), "--help").exitCode());
        assertTrue(out.toString().contains("--select=MUSCLE"), out.toString());
        assertTrue(out.toString().contains("--window=WIDTHxHEIGHT"), out.toString());
    }
}
