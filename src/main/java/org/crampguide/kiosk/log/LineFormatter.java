package org.crampguide.kiosk.log;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One line per log record in {@link java.util.logging.SimpleFormatter}'s format syntax (its
 * arguments: 1 time, 2 source, 3 logger, 4 level, 5 message, 6 stack trace), followed by the
 * stack trace when there is one. Line breaks inside a message are written as {@code \n}.
 */
final class LineFormatter extends Formatter {
    static final String FORMAT = "%1$tF %1$tT.%1$tL %4$-7s %3$s: %5$s%6$s%n";

    private final ZoneId zone;

    LineFormatter(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String format(LogRecord record) {
        String source = record.getSourceClassName() == null ? record.getLoggerName()
                : record.getSourceClassName() + " " + record.getSourceMethodName();
        return String.format(FORMAT, ZonedDateTime.ofInstant(record.getInstant(), zone), source,
                record.getLoggerName(), record.getLevel().getName(), oneLine(formatMessage(record)),
                stackTrace(record.getThrown()));
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    private static String stackTrace(Throwable thrown) {
        if (thrown == null) {
            return "";
        }
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            thrown.printStackTrace(out);
        }
        return System.lineSeparator() + text.toString().stripTrailing();
    }
}
