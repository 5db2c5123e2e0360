package org.crampguide.app;

import java.nio.file.Path;
import org.crampguide.kiosk.StateFolderLock;

/** The window must not open, for the reason given in one line (a kiosk already runs on the folder). */
final class StartRefused extends RuntimeException {
    StartRefused(String message) {
        super(message, null, false, false);
    }

    /** The kiosk's hold on its state folder, or this refusal when another kiosk has it. */
    static StateFolderLock lock(Path stateFolder) {
        StringBuilder why = new StringBuilder();
        return StateFolderLock.take(stateFolder, why).orElseThrow(() -> new StartRefused("cramp-guide: " + why));
    }
}
