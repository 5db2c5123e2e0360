package org.crampguide.app;

import org.crampguide.commands.ExitCodes;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/** Starting JavaFX for the window, and saying in one line why it cannot start. */
final class Toolkit {
    private Toolkit() {
    }

    /**
     * Why no window can open, before JavaFX is asked: on Linux a window needs an X or Wayland
     * display, unless JavaFX draws headless (Monocle, for tests).
     */
    static Optional<String> noDisplay(Map<String, String> environment, String os, String glassPlatform) {
        boolean linux = os.toLowerCase(java.util.Locale.ROOT).contains("linux");
        boolean headless = "Monocle".equalsIgnoreCase(glassPlatform);
        boolean display = !environment.getOrDefault("DISPLAY", "").isBlank()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        return linux && !headless && !display
                ? Optional.of("cramp-guide: cannot open a window: no display (DISPLAY is not set)") : Optional.empty();
    }

    /** True when a window can open; otherwise says why in one line and ends the app with exit code 2. */
    static boolean displayOrExit(java.io.PrintWriter out, java.io.PrintWriter err) {
        Optional<String> why = noDisplay(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"));
        if (why.isPresent()) {
            err.println(why.get());
            exit(ExitCodes.USAGE, false, out, err);
        }
        return true;
    }

    /**
     * Starts JavaFX on a thread of its own while the content is read on this one, and runs
     * {@code first} on the JavaFX thread as soon as it is up: the two take about as long, and
     * neither needs the other until the window opens. What {@code first} throws fails the start.
     */
    static CompletableFuture<Void> startAside(Runnable first) {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                Platform.startup(() -> {
                    try {
                        first.run();
                        ready.complete(null);
                    } catch (RuntimeException e) {
                        ready.completeExceptionally(e);
                    }
                });
            } catch (RuntimeException | Error e) {
                ready.completeExceptionally(e);
            }
        }, "toolkit start"); // not a daemon: the JavaFX thread it starts inherits that, and keeps the app running
        starter.start();
        return ready;
    }

    /**
     * Ends the app before any window: with JavaFX half started beside it ({@code started}), without
     * the shutdown during which JavaFX would print a stack trace under the one-line message.
     */
    static void exit(int code, boolean started, java.io.PrintWriter out, java.io.PrintWriter err) {
        out.flush();
        err.flush();
        if (started) {
            Runtime.getRuntime().halt(code);
        }
        System.exit(code);
    }
}
