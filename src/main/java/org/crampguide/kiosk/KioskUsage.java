package org.crampguide.kiosk;

import org.crampguide.content.Language;
import org.crampguide.usage.Counter;
import org.crampguide.usage.UsageRecorder;

/**
 * What the kiosk counts of a visit, as it happens: the session, the idle reset, the stretch
 * screen and its hold timer, panels a visitor unfolds, a language chosen. Emergency information is
 * counted once per session, so the Usage screen can say what share of sessions showed it. Holds
 * nothing about the visitor beyond "emergency information already counted in this session".
 */
final class KioskUsage {
    private static final String EMERGENCY_PANEL = "see-a-doctor";

    private final UsageRecorder recorder;
    private final ShownGuide guide;
    private boolean emergencyCounted;
    private boolean resetting;

    KioskUsage(UsageRecorder recorder, ShownGuide guide) {
        this.recorder = recorder;
        this.guide = guide;
        guide.languageProperty().addListener((obs, old, language) -> languageChosen(language));
        guide.panels().listen(this::unfolded);
    }

    void sessionStarted() {
        emergencyCounted = false;
        recorder.record(Counter.SESSION);
    }

    void idleReset() {
        recorder.record(Counter.IDLE_RESET);
    }

    /** While the kiosk resets itself, the language it switches back to is nobody's choice. */
    void resetting(Runnable reset) {
        resetting = true;
        try {
            reset.run();
        } finally {
            resetting = false;
        }
    }

    /** "Cramping right now?": its screen lists the emergency signs. */
    void crampingNow() {
        recorder.record(Counter.CRAMPING_NOW);
        emergencyShown();
    }

    void holdStarted() {
        recorder.record(Counter.HOLD_STARTED, muscle());
    }

    void holdCompleted() {
        recorder.record(Counter.HOLD_COMPLETED, muscle());
    }

    /** A visitor unfolded a panel (a search result or an idle reset opening one is not counted). */
    private void unfolded(String panel) {
        recorder.record(Counter.PANEL_UNFOLDED, panel);
        if (panel.equals(EMERGENCY_PANEL)) {
            emergencyShown();
        }
    }

    private void languageChosen(Language language) {
        if (!resetting && language != null) {
            recorder.record(Counter.LANGUAGE_CHOSEN, language.code());
        }
    }

    private void emergencyShown() {
        if (!emergencyCounted) {
            emergencyCounted = true;
            recorder.record(Counter.EMERGENCY_SHOWN);
        }
    }

    private String muscle() {
        return guide.selectedMuscle().map(m -> m.id()).orElse("");
    }
}
