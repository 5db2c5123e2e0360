package org.crampguide.app;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What the running app has opened (the state folder's lock, the pack watcher, the kiosk's log,
 * usage recorder, chain services), shut once, in the reverse of the order it was opened. A failure
 * to close one is logged and the rest are still closed.
 */
final class Closeables implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Closeables.class.getName());

    private final Deque<Named> opened = new ArrayDeque<>();

    private record Named(String name, AutoCloseable closeable) {
    }

    /** Returns {@code closeable}, to be closed at exit. */
    <T extends AutoCloseable> T add(String name, T closeable) {
        synchronized (opened) {
            opened.push(new Named(name, closeable));
        }
        return closeable;
    }

    @Override
    public void close() {
        while (true) {
            Named next;
            synchronized (opened) {
                next = opened.poll();
            }
            if (next == null) {
                return;
            }
            try {
                next.closeable().close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.WARNING, "closing the " + next.name() + " failed: " + e);
            }
        }
    }
}
