package org.crampguide.commands;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import org.crampguide.app.Launcher;
import org.crampguide.app.StartPlan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.crampguide.content.BundledPack;
import org.crampguide.usage.HourCount;
import org.crampguide.usage.UsageDatabase;
import org.crampguide.usage.UsageExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export-usage FILE.csv}: the database beside the kiosk's logs, written as CSV; one clear line when it cannot be. */
class UsageExportCommandTest {
    private static final String PIN = "\"staffPin\": {\"salt\": \"AAECAwQFBgcICQoLDA0ODw==\","
            + " \"hash\": \"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\", \"iterations\": 210000}";

    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return assertInstanceOf(StartPlan.Exit.class, Launcher.prepare(args, new BundledPack(),
                new PrintWriter(out, true), new PrintWriter(err, true)), "a command ends the start").code();
    }

    private Path kioskFile() throws Exception {
        Path file = folder.resolve("kiosk.json");
        org.crampguide.testing.PrivateFile.write(file, "{" + PIN + ", \"logFolder\": \"state/logs\"}");
        return file;
    }

    @Test
    void theCountsAreWrittenToTheCsvFile() throws Exception {
        Path config = kioskFile();
        try (UsageDatabase database = UsageDatabase.open(folder.resolve("state/usage.db"))) {
            database.add(List.of(new HourCount(Instant.parse("2025-03-01T13:00:00Z"), "session", "", 4)));
        }
        Path csv = folder.resolve("export.csv");
        assertEquals(0, run("--kiosk-config", config.toString(), "--export-usage", csv.toString()), err.toString());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(UsageExport.HEADER, lines.get(0));
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).endsWith(",session,,4"), lines.get(1));
        assertTrue(out.toString().startsWith("Wrote 1 rows"), out.toString());
    }

    @Test
    void noDatabaseIsOneClearLineAndExitOne() throws Exception {
        Path config = kioskFile();
        assertEquals(1, run("--kiosk-config", config.toString(), "--export-usage", folder.resolve("x.csv").toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("there is no usage database at " + folder.resolve("state/usage.db")),
                err.toString());
    }

    @Test
    void aDatabaseThatIsNotOneIsOneClearLineAndExitOne() throws Exception {
        Path config = kioskFile();
        Files.createDirectories(folder.resolve("state"));
        Files.writeString(folder.resolve("state/usage.db"), "garbage ".repeat(1000));
        assertEquals(1, run("--kiosk-config", config.toString(), "--export-usage", folder.resolve("x.csv").toString()));
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("not a database"), err.toString());
        assertTrue(Files.exists(folder.resolve("state/usage.db")), "an export never moves the kiosk's file aside");
    }

    @Test
    void aMissingKioskConfigIsOneClearLineAndExitOne() {
        assertEquals(1, run("--kiosk-config", folder.resolve("none.json").toString(), "--export-usage", "x.csv"));
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void aPipeOrAFolderIsNeverReplacedByTheExport() throws Exception {
        Path config = kioskFile();
        try (UsageDatabase database = UsageDatabase.open(folder.resolve("state/usage.db"))) {
            database.add(List.of(new HourCount(Instant.parse("2025-03-01T13:00:00Z"), "session", "", 4)));
        }
        Path pipe = folder.resolve("pipe.csv"); // stands for a device such as /dev/full, without risking a real one
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        for (Path notAFile : List.of(pipe, folder)) {
            assertEquals(1, run("--kiosk-config", config.toString(), "--export-usage", notAFile.toString()));
            assertTrue(err.toString().contains(notAFile + " is not a regular file"), err.toString());
            assertTrue(out.toString().isEmpty(), "no \"Wrote\" line: " + out);
        }
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe), "the pipe is still a pipe");
        assertTrue(Files.isDirectory(folder), "the folder is still a folder");
    }

    @Test
    void aDashWritesTheCsvToStandardOutput() throws Exception {
        Path config = kioskFile();
        try (UsageDatabase database = UsageDatabase.open(folder.resolve("state/usage.db"))) {
            database.add(List.of(new HourCount(Instant.parse("2025-03-01T13:00:00Z"), "session", "", 4)));
        }
        assertEquals(0, run("--kiosk-config", config.toString(), "--export-usage", "-"), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(UsageExport.HEADER, lines.get(0));
        assertTrue(lines.get(1).endsWith(",session,,4"), lines.get(1));
        assertTrue(Files.notExists(Path.of("-")), "no file named -");
    }
}
