package org.crampguide.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Five taps in the top-left corner within three seconds, and nothing else, opens the staff PIN pad. */
class StaffGestureTest {
    private final StaffGesture gesture = new StaffGesture();

    private boolean tapCorner(long at) {
        return gesture.tap(20, 30, at);
    }

    @Test
    void fiveQuickTapsInTheCornerOpenIt() {
        for (int i = 0; i < 4; i++) {
            assertFalse(tapCorner(i * 400L));
        }
        assertTrue(tapCorner(1600));
    }

    @Test
    void tapsSpreadOverMoreThanThreeSecondsDoNot() {
        for (int i = 0; i < 4; i++) {
            assertFalse(tapCorner(i * 900L));
        }
        assertFalse(tapCorner(3700), "the first tap is too old by now");
    }

    @Test
    void aTapElsewhereStartsTheCountAgain() {
        for (int i = 0; i < 4; i++) {
            tapCorner(i * 100L);
        }
        assertFalse(gesture.tap(500, 500, 450));
        assertFalse(tapCorner(500));
    }

    @Test
    void theCountStartsOverAfterTheGesture() {
        for (int i = 0; i < 5; i++) {
            tapCorner(i * 100L);
        }
        assertFalse(tapCorner(600), "one more tap is not a second gesture");
    }
}
