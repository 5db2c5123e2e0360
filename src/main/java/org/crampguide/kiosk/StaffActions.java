package org.crampguide.kiosk;

/** What staff can do once the PIN is right. */
public interface StaffActions {

    /** Leaves the kiosk and ends the app. */
    void exit();

    /** Version, content pack, uptime, memory and the last errors, as lines of text. */
    String diagnostics();
}
