package org.crampguide.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which arrangement each kind of screen gets. */
class ScreenLayoutTest {
    private static final double FIGURE = 0.4;

    @Test
    void aWideDesktopShowsFrontAndBackSideBySide() {
        assertEquals(ScreenLayout.WIDE, ScreenLayout.forWindow(1920, 1080, FIGURE));
        assertTrue(ScreenLayout.WIDE.bothViews());
    }

    @Test
    void aSmallLaptopShowsOneViewWithASwitch() {
        assertEquals(ScreenLayout.NARROW, ScreenLayout.forWindow(1280, 800, FIGURE));
        assertTrue(!ScreenLayout.NARROW.bothViews() && !ScreenLayout.NARROW.stacked());
    }

    @Test
    void aPortraitKioskStacksTheMapAboveTheDetail() {
        assertEquals(ScreenLayout.TALL, ScreenLayout.forWindow(1080, 1920, FIGURE));
        assertTrue(ScreenLayout.TALL.stacked());
    }
}
