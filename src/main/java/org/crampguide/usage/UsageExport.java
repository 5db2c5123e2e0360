package org.crampguide.usage;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the usage counts as CSV: {@code hour_start,counter,label,count}, one row per hour and
 * counter and label, the hour in ISO form in local time with its offset
 * ({@code 2025-03-01T14:00:00+01:00}). The file is written beside its destination, synced, then
 * renamed over it, so a reader (or a power cut) never sees half a file.
 */
public final class UsageExport {
    public static final String HEADER = "hour_start,counter,label,count";
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private UsageExport() {
    }

    /** Writes every row of the database to {@code csv}; returns the number of rows. */
    public static int write(UsageDatabase database, Path csv, ZoneId zone) throws IOException, SQLException {
        return write(database.rows(), csv, zone);
    }

    public static int write(List<HourCount> rows, Path csv, ZoneId zone) throws IOException {
        Path target = csv.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    Writer out = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
                write(rows, out, zone);
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        syncFolder(folder);
        return rows.size();
    }

    /** Writes the CSV (header and rows) to {@code out} and flushes it, e.g. to standard output. */
    public static void write(List<HourCount> rows, Writer out, ZoneId zone) throws IOException {
        out.write(HEADER + "\n");
        for (HourCount row : rows) {
            out.write(HOUR.format(row.hourStart().atZone(zone).toOffsetDateTime()) + "," + row.counter() + ","
                    + field(row.label()) + "," + row.count() + "\n");
        }
        out.flush();
    }

    /**
     * A CSV field: quoted when it holds a comma, quote or line break; words a spreadsheet would
     * take for a formula (starting with = + - @) get a leading apostrophe.
     */
    static String field(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\'')) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /** Makes the rename itself survive a power cut (where the file system allows opening a folder). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // not possible on every system; the file itself was synced before the rename
        }
    }
}
