package org.crampguide.usage;

import org.crampguide.threads.DaemonThreads;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records usage on one writer thread of its own. {@link #record} reads the clock and puts the
 * event in a bounded queue, nothing more; the writer adds up the events of each hour and commits
 * them in one transaction every second (or every {@value #BATCH} events), deletes rows older than
 * the retention at start and once a day, and copes with a database that fails: it is moved aside
 * and a new one started, and when even that fails the recorder stops recording and the kiosk goes on.
 */
public final class BackgroundRecorder implements UsageRecorder {
    static final int QUEUE = 10_000;
    static final int BATCH = 2_000;
    private static final long FLUSH_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final Duration RETENTION_EVERY = Duration.ofDays(1);
    private static final System.Logger LOG = System.getLogger(BackgroundRecorder.class.getName());

    private record Event(long millis, Counter counter, String label) {
    }

    private static final Event STOP = new Event(0, null, "");

    private final Path file;
    private final Clock clock;
    private final Duration retention;
    private final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(QUEUE);
    private final Set<String> databaseThreads = ConcurrentHashMap.newKeySet();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final Thread writer;
    private volatile boolean off;
    private volatile boolean closing;
    private Instant nextRetention;
    /** While the disk is full: no write is tried before this (System.nanoTime()); 0 when writing works. */
    private long retryAt;
    /** Kept counts a full disk can hold back, at most (one per hour, counter and label). */
    static final int MAX_KEPT = 10_000;
    static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private BackgroundRecorder(Path file, Clock clock, Duration retention) {
        this.file = file;
        this.clock = clock;
        this.retention = retention;
        this.writer = DaemonThreads.named("usage-writer").lowPriority().newThread(this::run);
    }

    /**
     * Starts recording into {@code file}; the file is opened on the writer thread, not here.
     *
     * @param clock the wall clock (its zone decides where an hour starts)
     * @param retention how long rows are kept
     */
    public static BackgroundRecorder start(Path file, Clock clock, Duration retention) {
        BackgroundRecorder recorder = new BackgroundRecorder(file, clock, retention);
        recorder.writer.start();
        return recorder;
    }

    @Override
    public boolean record(Counter counter, String label) {
        if (off || closing || counter == null) {
            return false;
        }
        if (queue.offer(new Event(clock.millis(), counter, label == null ? "" : label))) {
            return true;
        }
        dropped.incrementAndGet();
        return false;
    }

    @Override
    public void close() {
        closing = true;
        queue.offer(STOP);
        try {
            writer.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Events committed to the database so far. */
    long written() {
        return written.get();
    }

    /** Events left out because the queue was full. */
    long dropped() {
        return dropped.get();
    }

    /** Whether recording has stopped for good (no usable database). */
    boolean isOff() {
        return off;
    }

    /** The names of the threads that have touched the database. */
    Set<String> databaseThreads() {
        return Set.copyOf(databaseThreads);
    }

    private void run() {
        Optional<UsageDatabase> opened = UsageFile.openOrStartAfresh(file, clock, databaseThreads);
        if (opened.isEmpty()) {
            stopRecording();
            return;
        }
        UsageDatabase database = opened.get();
        nextRetention = clock.instant();
        database = keepWithinRetention(database);
        Map<HourCount, Long> pending = new LinkedHashMap<>();
        List<Event> drained = new ArrayList<>();
        int events = 0;
        long lastFlush = System.nanoTime();
        boolean stop = false;
        while (database != null && !stop) {
            long wait = Math.max(1, FLUSH_NANOS - (System.nanoTime() - lastFlush));
            try {
                Event first = queue.poll(wait, TimeUnit.NANOSECONDS);
                if (first != null) {
                    drained.add(first);
                    queue.drainTo(drained, BATCH);
                }
            } catch (InterruptedException e) {
                stop = true;
            }
            for (Event event : drained) {
                if (event == STOP) {
                    stop = true;
                } else {
                    events += add(pending, event);
                }
            }
            drained.clear();
            boolean due = System.nanoTime() - lastFlush >= FLUSH_NANOS || events >= BATCH || stop || closing;
            if (due && events > 0 && (retryAt == 0 || System.nanoTime() - retryAt >= 0 || stop)) {
                database = flush(database, pending, events);
                events = pending.isEmpty() ? 0 : events; // kept while the disk is full, written when it has room
            }
            if (due) {
                lastFlush = System.nanoTime();
                database = database == null ? null : keepWithinRetention(database);
            }
            stop |= closing && queue.isEmpty();
        }
        if (database != null) {
            database.close();
        }
    }

    /** Adds the event to this batch's hourly counts; returns 1, or 0 for an event without words. */
    private int add(Map<HourCount, Long> pending, Event event) {
        String label = SearchWords.normalise(event.label());
        if (event.counter() == Counter.SEARCH_UNANSWERED && label.isEmpty()) {
            return 0;
        }
        if (pending.size() >= MAX_KEPT) { // the disk has been full for long: what does not fit is dropped
            dropped.incrementAndGet();
            return 0;
        }
        Instant hour = Instant.ofEpochMilli(event.millis()).atZone(clock.getZone())
                .truncatedTo(ChronoUnit.HOURS).toInstant();
        pending.merge(new HourCount(hour, event.counter().stored(), label, 0), 1L, Long::sum);
        return 1;
    }

    /** Commits the batch; on failure moves the database aside and tries a new one once. Null: recording is off. */
    private UsageDatabase flush(UsageDatabase database, Map<HourCount, Long> pending, int events) {
        List<HourCount> counts = new ArrayList<>(pending.size());
        pending.forEach((key, n) -> counts.add(new HourCount(key.hourStart(), key.counter(), key.label(), n)));
        try {
            database.add(counts);
            pending.clear();
            written.addAndGet(events);
            if (retryAt != 0) {
                LOG.log(System.Logger.Level.INFO, "usage: writing to " + file + " again");
                retryAt = 0;
            }
            return database;
        } catch (SQLException | RuntimeException e) {
            if (UsageFile.noRoom(e) || database.isSound()) { // keep the database, and the counts, until there is room
                if (retryAt == 0) {
                    LOG.log(System.Logger.Level.WARNING, "usage: cannot write to " + file + " (" + UsageFile.message(e)
                            + "); the counts are kept and written when there is room again");
                }
                retryAt = System.nanoTime() + RETRY_NANOS;
                return database;
            }
            pending.clear();
            LOG.log(System.Logger.Level.WARNING, "could not write usage to " + file + ": " + UsageFile.message(e));
            database.close();
            Optional<UsageDatabase> fresh = UsageFile.openOrStartAfresh(file, clock, databaseThreads);
            try {
                if (fresh.isPresent()) {
                    fresh.get().add(counts);
                    written.addAndGet(events);
                    return fresh.get();
                }
            } catch (SQLException | RuntimeException again) {
                LOG.log(System.Logger.Level.WARNING, "usage statistics are off: " + UsageFile.message(again));
                fresh.get().close();
            }
            stopRecording();
            return null;
        }
    }

    /** Deletes rows older than the retention, at start and then once a day by the clock. */
    private UsageDatabase keepWithinRetention(UsageDatabase database) {
        Instant now = clock.instant();
        if (now.isBefore(nextRetention)) {
            return database;
        }
        nextRetention = now.plus(RETENTION_EVERY);
        try {
            int deleted = database.deleteBefore(now.minus(retention));
            if (deleted > 0) {
                LOG.log(System.Logger.Level.INFO, "usage: deleted " + deleted + " hourly rows older than "
                        + retention.toDays() + " days");
            }
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "could not delete old usage rows: " + UsageFile.message(e));
        }
        return database;
    }

    private void stopRecording() {
        off = true;
        queue.clear();
    }
}
