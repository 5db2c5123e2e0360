package org.crampguide.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageDatabaseTest {
    private static final Instant HOUR = Instant.parse("2025-03-01T13:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aDatabaseMadeByTheFirstVersionIsMigratedWithItsRowsKept() throws Exception {
        Path file = folder.resolve("usage.db");
        try (Connection v1 = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = v1.createStatement()) {
            sql.execute(Schema.V1_COUNTS);
            sql.execute("INSERT INTO counts VALUES (" + HOUR.getEpochSecond() + ", 'session', '', 7)");
            sql.execute("INSERT INTO counts VALUES (" + HOUR.getEpochSecond() + ", 'muscle_opened', 'calves', 3)");
            sql.execute("PRAGMA user_version = 1");
        }

        try (UsageDatabase database = UsageDatabase.open(file)) {
            assertEquals(Schema.VERSION, database.version());
            assertEquals(List.of(new HourCount(HOUR, "muscle_opened", "calves", 3), new HourCount(HOUR, "session", "", 7)),
                    database.rows());
            database.add(List.of(new HourCount(HOUR, "session", "", 1)));
            assertEquals(8, database.rows().get(1).count());
        }
        try (Connection check = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = check.createStatement();
                ResultSet table = sql.executeQuery("SELECT sql FROM sqlite_master WHERE name = 'counts'");
                Statement pragma = check.createStatement();
                ResultSet journal = pragma.executeQuery("PRAGMA journal_mode")) {
            assertTrue(table.next());
            assertTrue(table.getString(1).contains("WITHOUT ROWID"), table.getString(1));
            assertTrue(journal.next());
            assertEquals("wal", journal.getString(1));
        }
    }

    @Test
    void aNewFileStartsAtTheCurrentVersion() throws Exception {
        try (UsageDatabase database = UsageDatabase.open(folder.resolve("sub/usage.db"))) {
            assertEquals(Schema.VERSION, database.version());
            assertEquals(List.of(), database.rows());
        }
    }

    @Test
    void aFileFromANewerVersionIsRefused() throws Exception {
        Path file = folder.resolve("usage.db");
        try (Connection newer = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement sql = newer.createStatement()) {
            sql.execute("PRAGMA user_version = 99");
        }
        SQLException refused = assertThrows(SQLException.class, () -> UsageDatabase.open(file));
        assertTrue(refused.getMessage().contains("newer"), refused.getMessage());
    }

    @Test
    void countsOfTheSameHourCounterAndLabelAddUp() throws Exception {
        try (UsageDatabase database = UsageDatabase.open(folder.resolve("usage.db"))) {
            database.add(List.of(new HourCount(HOUR, "session", "", 2), new HourCount(HOUR, "session", "", 3)));
            database.add(List.of(new HourCount(HOUR, "session", "", 4)));
            assertEquals(List.of(new HourCount(HOUR, "session", "", 9)), database.rows());
        }
    }

    @Test
    void garbageIsNotADatabase() throws Exception {
        Path file = folder.resolve("usage.db");
        Files.write(file, "this is not a database, just words, many of them".repeat(200).getBytes());
        assertThrows(SQLException.class, () -> UsageDatabase.open(file));
    }
}
