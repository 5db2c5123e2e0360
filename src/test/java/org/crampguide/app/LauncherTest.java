package org.crampguide.app;

import org.crampguide.commands.ExitCodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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

    private StartPlan prepare(ContentPack pack, String... args) {
        return Launcher.prepare(args, pack, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static StartPlan.Exit exit(int code) {
        return new StartPlan.Exit(code);
    }

    @Test
    void goodContentAndNoOptionsOpenTheWindow() {
        StartPlan.Window startup = assertInstanceOf(StartPlan.Window.class, prepare(new BundledPack()));
        assertEquals(7, startup.pack().content().muscles().size());
        assertEquals("", err.toString());
    }

    @Test
    void badContentRefusesToStartWithOneLinePerProblemAndNoStackTrace() {
        EditedPack pack = new EditedPack()
                .replace("content/en/muscles.json", "\"id\": \"hamstrings\"", "\"id\": \"calves\"")
                .remove("bodymap/back.svg");
        assertEquals(exit(ExitCodes.BAD_CONTENT), prepare(pack));
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
        assertEquals(exit(ExitCodes.USAGE), prepare(new BundledPack(), "--colour", "red"));
        assertTrue(err.toString().contains("Unknown options: '--colour', 'red'"), err.toString());
        assertTrue(err.toString().contains("--help"));
    }

    @Test
    void selectingAMuscleThatDoesNotExistListsTheOnesThatDo() {
        assertEquals(exit(ExitCodes.USAGE), prepare(new BundledPack(), "--select", "biceps"));
        assertTrue(err.toString().contains("there is no muscle \"biceps\"; choose one of: calves, hamstrings"), err.toString());
    }

    @Test
    void aBadWindowSizeIsExplained() {
        assertEquals(exit(ExitCodes.USAGE), prepare(new BundledPack(), "--window", "big"));
        assertTrue(err.toString().contains("'big' is not a window size"), err.toString());
    }

    @Test
    void helpListsTheOptionsAndExitsCleanly() {
        assertEquals(exit(0), prepare(new BundledPack(), "--help"));
        assertTrue(out.toString().contains("--select=MUSCLE"), out.toString());
        assertTrue(out.toString().contains("--window=WIDTHxHEIGHT"), out.toString());
    }
}
