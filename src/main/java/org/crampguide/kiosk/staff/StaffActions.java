package org.crampguide.kiosk.staff;

import org.crampguide.theme.Draws;

import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;

/** What staff can do once the PIN is right. */
@Draws
public interface StaffActions {

    /** Leaves the kiosk and ends the app. */
    void exit();

    /** Version, content pack, uptime, memory and the last errors, as lines of text. */
    String diagnostics();

    /**
     * The Usage screen, its figures loading in the background; {@code close} takes it away again.
     * Null when the kiosk records no usage.
     */
    default Node usageScreen(Runnable close) {
        return null;
    }

    /** Writes the usage CSV off the JavaFX thread; the answer is one line saying where, or what went wrong. */
    default CompletableFuture<String> exportUsage() {
        return CompletableFuture.completedFuture("");
    }

    /** Whether this kiosk follows a chain's packs, so that staff can go back to the content before the current pack. */
    default boolean canRollBack() {
        return false;
    }

    /** Staff's rollback to the previous pack (or the bundled guide); the answer is one line for the staff menu. */
    default CompletableFuture<String> rollBack() {
        return CompletableFuture.completedFuture("");
    }
}
