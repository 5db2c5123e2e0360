package org.crampguide.kiosk.log;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the kiosk does with an exception nobody caught: writes it to the log (never to the
 * screen), counts it, and goes back to the start screen. It never throws, even when going back
 * fails (that is logged too). A {@link VirtualMachineError} (out of memory, a stack overflow) is
 * different: the JVM may be broken, so it is logged and the app ends through {@code endTheApp},
 * for the service manager to start it again.
 *
 * <p>Install it on the FX thread ({@code Thread.currentThread().setUncaughtExceptionHandler} in
 * {@code start}) and as the default handler; {@code backToStart} may be called on any thread, so
 * it should hand its work to the FX thread.
 */
public final class Recovery implements Thread.UncaughtExceptionHandler {
    private final System.Logger log;
    private final Runnable backToStart;
    private final Runnable endTheApp;
    private final AtomicInteger count = new AtomicInteger();

    public Recovery(Runnable backToStart, Runnable endTheApp) {
        this(System.getLogger(Recovery.class.getName()), backToStart, endTheApp);
    }

    public Recovery(System.Logger log, Runnable backToStart, Runnable endTheApp) {
        this.log = Objects.requireNonNull(log);
        this.backToStart = Objects.requireNonNull(backToStart);
        this.endTheApp = Objects.requireNonNull(endTheApp);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        String where = thread == null ? "an unknown thread" : "thread \"" + thread.getName() + "\"";
        if (error instanceof VirtualMachineError) {
            quietly("Fatal error on " + where + "; the app ends so that it can be started afresh", error);
            endTheApp.run();
            return;
        }
        int n = count.incrementAndGet();
        quietly("Unexpected error on " + where + " (" + n + " since start); going back to the start screen", error);
        try {
            backToStart.run();
        } catch (Throwable failed) {
            quietly("Could not go back to the start screen after an unexpected error", failed);
        }
    }

    /** How many uncaught exceptions there have been since start, for the Diagnostics screen. */
    public int count() {
        return count.get();
    }

    private void quietly(String message, Throwable error) {
        try {
            log.log(System.Logger.Level.ERROR, message, error);
        } catch (Throwable ignored) {
            // Logging failed too; there is nowhere left to report it, and throwing would end the thread.
        }
    }
}
