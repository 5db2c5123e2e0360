package org.crampguide.app;

import org.crampguide.threads.DaemonThreads;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.crampguide.content.Problem;
import org.crampguide.library.ContentSource;
import org.crampguide.library.GuideLibrary;
import org.crampguide.library.PackChanges;

/**
 * Keeps the guide on screen in step with its pack. A folder pack is watched and read again when it
 * changes; staff's Reload reads whatever pack the app runs on. Both go the same way: the pack is
 * read and checked on a thread of its own, then good content replaces the guide on the UI thread,
 * and bad content leaves the last good guide on screen with a notice that says why.
 */
final class LiveContent implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LiveContent.class.getName());

    /** Where the outcome of a read is shown (the guide on screen). */
    interface Shown {
        void replaceLibrary(GuideLibrary library);

        void keepContentDespite(List<Problem> problems);
    }

    private final ContentSource source;
    private final Shown screen;
    private final Executor ui;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(DaemonThreads.named("content-reader"));
    private PackChanges changes = PackChanges.NONE;

    /** @param ui runs a task on the UI thread ({@code Platform::runLater}) */
    LiveContent(ContentSource source, Shown screen, Executor ui) {
        this.source = source;
        this.screen = screen;
        this.ui = ui;
    }

    /** Follows changes to a folder pack from now on (a bundled pack never changes). */
    LiveContent watch(Duration settle) {
        try {
            changes = PackChanges.follow(source.pack(), settle, this::readNow);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot watch " + source.name() + " for changes: " + e.getMessage());
        }
        return this;
    }

    /** Reads the pack again off the UI thread (staff's Reload); returns at once. */
    void reload() {
        reader.execute(this::readNow);
    }

    private void readNow() {
        ContentSource.Outcome outcome = source.read();
        if (outcome.library().isPresent()) {
            LOG.log(System.Logger.Level.INFO, "content read again from " + source.name() + " ("
                    + source.loaded().fingerprint() + ")");
            ui.execute(() -> screen.replaceLibrary(outcome.library().get()));
        } else {
            List<Problem> errors = outcome.errors();
            LOG.log(System.Logger.Level.WARNING, "content in " + source.name() + " has " + errors.size()
                    + " problem(s); keeping the last good guide. First: " + (errors.isEmpty() ? "?" : errors.get(0)));
            ui.execute(() -> screen.keepContentDespite(errors));
        }
    }

    @Override
    public void close() {
        reader.shutdownNow();
        changes.close();
    }
}
