package org.crampguide.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Text grows with the screen so a kiosk reads from a step back, within sane bounds. */
class TextScaleTest {
    @Test
    void aKioskScreenGetsLargerTextThanALaptop() {
        assertTrue(TextScale.fontSizeFor(1080, 1920) > TextScale.fontSizeFor(1280, 800));
        assertTrue(TextScale.fontSizeFor(1920, 1080) >= 16, "readable from a metre away on a 1080p kiosk");
    }

    @Test
    void aKioskMakesTheTextLargerStillForReadingStanding() {
        assertEquals(21.5, TextScale.fontSizeFor(1920, 1080, TextScale.KIOSK_FACTOR));
        assertEquals(21.5, TextScale.fontSizeFor(1080, 1920, TextScale.KIOSK_FACTOR));
        assertEquals(16.5, TextScale.fontSizeFor(1920, 1080), "a desktop window of the same size keeps its size");
    }

    @Test
    void textNeverGetsTinyOrHuge() {
        assertEquals(TextScale.MIN_PX, TextScale.fontSizeFor(640, 480));
        assertEquals(TextScale.MAX_PX, TextScale.fontSizeFor(7680, 4320));
    }
}
