package org.crampguide.threads;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one way the app makes its background threads: daemon threads (they never keep the app
 * running after its window closes), each with a name that says what it does in a thread dump.
 */
public final class DaemonThreads implements ThreadFactory {
    private final String name;
    private final boolean numbered;
    private final int priority;
    private final AtomicInteger count = new AtomicInteger();

    private DaemonThreads(String name, boolean numbered, int priority) {
        this.name = name;
        this.numbered = numbered;
        this.priority = priority;
    }

    /** Threads all called {@code name}. */
    public static DaemonThreads named(String name) {
        return new DaemonThreads(name, false, Thread.NORM_PRIORITY);
    }

    /** Threads called {@code name-1}, {@code name-2}, … (a pool). */
    public static DaemonThreads numbered(String name) {
        return new DaemonThreads(name, true, Thread.NORM_PRIORITY);
    }

    /** The same threads at the lowest priority, for work that must never slow the screen. */
    public DaemonThreads lowPriority() {
        return new DaemonThreads(name, numbered, Thread.MIN_PRIORITY);
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, numbered ? name + "-" + count.incrementAndGet() : name);
        thread.setDaemon(true);
        thread.setPriority(priority);
        return thread;
    }
}
