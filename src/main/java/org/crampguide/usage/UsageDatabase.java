package org.crampguide.usage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sqlite.SQLiteConfig;

/**
 * The usage database: one SQLite file of hourly counts, in WAL mode with {@code synchronous=FULL}
 * (a batch is committed at most about once a second, so syncing each commit costs little, and a
 * committed batch survives a power cut). Not thread-safe: one thread uses one of these.
 */
public final class UsageDatabase implements AutoCloseable {
    private static final String UPSERT = "INSERT INTO counts (hour_start, counter, label, count) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (hour_start, counter, label) DO UPDATE SET count = count + excluded.count";

    private final Path file;
    private final Connection connection;
    /** The names of the threads that have used the connection (for the test that the JavaFX thread never does). */
    private final Set<String> threads;

    private UsageDatabase(Path file, Connection connection, Set<String> threads) {
        this.file = file;
        this.connection = connection;
        this.threads = threads;
    }

    /**
     * Opens the file (creating it and its folder when missing), checks it is a sound SQLite
     * database and brings its layout up to date.
     *
     * @throws SQLException the file is not a database, is damaged, or cannot be written
     * @throws IOException the folder cannot be made
     */
    public static UsageDatabase open(Path file) throws SQLException, IOException {
        return open(file, ConcurrentHashMap.newKeySet());
    }

    static UsageDatabase open(Path file, Set<String> threads) throws SQLException, IOException {
        threads.add(Thread.currentThread().getName());
        Path absolute = file.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(3000);
        Connection connection = config.createConnection("jdbc:sqlite:" + absolute);
        try {
            check(connection);
            Schema.migrate(connection);
            return new UsageDatabase(absolute, connection, threads);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Whether the database still passes SQLite's quick check after a failed write: then the write
     * failed for want of room (a full disk rolls the transaction back), not because the file broke.
     */
    public boolean isSound() {
        touch();
        try {
            check(connection);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** A file of garbage fails here ("not a database"); a damaged one fails the quick check. */
    private static void check(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA quick_check")) {
            String answer = result.next() ? result.getString(1) : "no answer";
            if (!"ok".equals(answer)) {
                throw new SQLException("the database is damaged (" + answer + ")");
            }
        }
    }

    /** Adds the counts (to the rows of the same hour, counter and label) in one transaction. */
    public void add(Collection<HourCount> counts) throws SQLException {
        touch();
        connection.setAutoCommit(false);
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (HourCount count : counts) {
                upsert.setLong(1, count.hourStart().getEpochSecond());
                upsert.setInt(2, Counter.ofStored(count.counter()).orElseThrow(() -> new IllegalArgumentException(
                        "not a counter: " + count.counter())).code());
                upsert.setString(3, count.label());
                upsert.setLong(4, count.count());
                upsert.addBatch();
            }
            upsert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Deletes the rows of hours that started before {@code cutoff}; returns how many. */
    public int deleteBefore(Instant cutoff) throws SQLException {
        touch();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM counts WHERE hour_start < ?")) {
            delete.setLong(1, cutoff.getEpochSecond());
            return delete.executeUpdate();
        }
    }

    /** Every row of the hours from {@code from} (inclusive) to {@code to} (exclusive), in hour, counter name, label order. */
    public List<HourCount> rows(Instant from, Instant to) throws SQLException {
        return rows(from.getEpochSecond(), to.getEpochSecond());
    }

    /** Every row there is. */
    public List<HourCount> rows() throws SQLException {
        return rows(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private List<HourCount> rows(long from, long to) throws SQLException {
        touch();
        List<HourCount> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT hour_start, counter, label, count"
                + " FROM counts WHERE hour_start >= ? AND hour_start < ? ORDER BY hour_start")) {
            select.setLong(1, from);
            select.setLong(2, to);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Optional<Counter> counter = Counter.ofCode(result.getInt(2));
                    if (counter.isPresent()) { // a counter this version does not know is left out
                        rows.add(new HourCount(Instant.ofEpochSecond(result.getLong(1)), counter.get().stored(),
                                result.getString(3), result.getLong(4)));
                    }
                }
            }
        }
        rows.sort(Comparator.comparing(HourCount::hourStart).thenComparing(HourCount::counter)
                .thenComparing(HourCount::label));
        return rows;
    }

    /** Writes the WAL back into the main file (for measuring its size, or before copying it). */
    public void checkpoint() throws SQLException {
        touch();
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    public int version() throws SQLException {
        touch();
        return Schema.version(connection);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            touch();
            connection.close();
        } catch (SQLException e) {
            System.getLogger(UsageDatabase.class.getName()).log(System.Logger.Level.WARNING,
                    "could not close the usage database " + file + ": " + e.getMessage());
        }
    }

    private void touch() {
        threads.add(Thread.currentThread().getName());
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the transaction is gone with the connection's trouble; the caller reports the first error
        }
    }
}
