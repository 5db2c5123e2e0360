package org.crampguide.kiosk.log;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/** Keeps the last {@value #KEPT} warnings and errors in memory for the Diagnostics screen. */
final class RecentErrors extends Handler {
    static final int KEPT = 20;

    private final Deque<LoggedError> errors = new ArrayDeque<>();

    RecentErrors(Formatter formatter) {
        setLevel(Level.WARNING);
        setFormatter(formatter);
    }

    @Override
    public void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        String message = LineFormatter.oneLine(getFormatter().formatMessage(record));
        if (record.getThrown() != null) {
            message += " (" + LineFormatter.oneLine(record.getThrown().toString()) + ")";
        }
        LoggedError error = new LoggedError(record.getInstant(), record.getLevel().getName(),
                record.getLoggerName(), message);
        synchronized (errors) {
            errors.addFirst(error);
            while (errors.size() > KEPT) {
                errors.removeLast();
            }
        }
    }

    /** Newest first. */
    List<LoggedError> newestFirst() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
