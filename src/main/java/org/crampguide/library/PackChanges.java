package org.crampguide.library;

import java.io.IOException;
import java.time.Duration;
import org.crampguide.content.ContentPack;
import org.crampguide.content.DirectoryPack;

/**
 * Word that the pack the guide runs on has changed on disk and settled. The app listens; how the
 * folder is followed stays here. A bundled pack never changes.
 */
public interface PackChanges extends AutoCloseable {
    /** A watch that never fires (a bundled pack). */
    PackChanges NONE = () -> { };

    /**
     * Starts following {@code pack}'s folder, if it has one; {@code onChange} runs on the watch's own
     * thread after each change that stayed still for {@code settle}.
     */
    static PackChanges follow(ContentPack pack, Duration settle, Runnable onChange) throws IOException {
        if (pack instanceof DirectoryPack folder) {
            return new PackWatcher(folder.folder(), settle, onChange);
        }
        return NONE;
    }

    /** Stops following; nothing fires after it returns. */
    @Override
    void close();
}
