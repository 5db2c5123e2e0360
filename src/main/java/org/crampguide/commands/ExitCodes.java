package org.crampguide.commands;

/** The exit codes of Cramp Guide, for scripts and the service manager. */
public final class ExitCodes {
    /** Bad content, or a file that could not be written. */
    public static final int BAD_CONTENT = 1;
    /** A wrong option, or a window that cannot open. */
    public static final int USAGE = 2;
    /** The JVM ran out of memory or stack in kiosk mode: the service manager should start it again. */
    public static final int FATAL = 70;

    private ExitCodes() {
    }
}
