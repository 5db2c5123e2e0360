package org.crampguide.usage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database's layout and its history. The version is SQLite's {@code PRAGMA user_version};
 * each migration runs in its own transaction together with the new version number, so a power
 * cut leaves the file at one version or the next, never in between.
 */
final class Schema {
    /** Version 1: the hourly counts, in an ordinary (rowid) table. */
    static final String V1_COUNTS = "CREATE TABLE counts ("
            + "hour_start INTEGER NOT NULL, counter TEXT NOT NULL, label TEXT NOT NULL DEFAULT '',"
            + " count INTEGER NOT NULL, PRIMARY KEY (hour_start, counter, label))";

    /** The statements that take a database from version {@code i} to {@code i + 1}. */
    private static final List<List<String>> MIGRATIONS = List.of(
            List.of(V1_COUNTS),
            // version 2: the same rows in a WITHOUT ROWID table (the primary key is the table) and each
            // counter as a small number instead of its name: together well under half the file
            List.of("CREATE TABLE counts_v2 ("
                            + "hour_start INTEGER NOT NULL, counter INTEGER NOT NULL, label TEXT NOT NULL DEFAULT '',"
                            + " count INTEGER NOT NULL CHECK (count > 0), PRIMARY KEY (hour_start, counter, label))"
                            + " WITHOUT ROWID",
                    "INSERT INTO counts_v2 (hour_start, counter, label, count)"
                            + " SELECT hour_start, " + codeOfName("counter") + ", label, count FROM counts"
                            + " WHERE count > 0 AND " + codeOfName("counter") + " IS NOT NULL",
                    "DROP TABLE counts",
                    "ALTER TABLE counts_v2 RENAME TO counts"));

    /** The version this code reads and writes. */
    static final int VERSION = MIGRATIONS.size();

    private Schema() {
    }

    /** SQL that turns a counter's name (version 1) into its number, or NULL for a name no longer counted. */
    private static String codeOfName(String column) {
        StringBuilder sql = new StringBuilder("CASE ").append(column);
        for (Counter counter : Counter.values()) {
            sql.append(" WHEN '").append(counter.stored()).append("' THEN ").append(counter.code());
        }
        return sql.append(" END").toString();
    }

    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA user_version")) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    /** Brings the database up to {@link #VERSION}; a file from a newer version is refused. */
    static void migrate(Connection connection) throws SQLException {
        int version = version(connection);
        if (version > VERSION) {
            throw new SQLException("the usage database is version " + version + ", newer than this Cramp Guide ("
                    + VERSION + ")");
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (int next = version; next < VERSION; next++) {
                for (String sql : MIGRATIONS.get(next)) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version = " + (next + 1));
                connection.commit();
            }
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
