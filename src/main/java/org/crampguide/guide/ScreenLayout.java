package org.crampguide.guide;

import java.util.Arrays;
import java.util.List;

/** How the main screen is arranged for the window's shape. */
enum ScreenLayout {
    /** Muscle list, both views of the body and the detail area side by side. */
    WIDE(true, false),
    /** As {@link #WIDE} but with one view of the body and a front/back switch. */
    NARROW(false, false),
    /** Portrait (a kiosk screen on its side): one view and the list on top, the detail below. */
    TALL(false, true);

    /** Header and disclaimer bar take about this much of the window's height. */
    private static final double CHROME_HEIGHT = 150;
    private static final double PICKER_WIDTH = 260;
    private static final double MIN_DETAIL_WIDTH = 620;

    private final boolean bothViews;
    private final boolean stacked;

    ScreenLayout(boolean bothViews, boolean stacked) {
        this.bothViews = bothViews;
        this.stacked = stacked;
    }

    boolean bothViews() {
        return bothViews;
    }

    boolean stacked() {
        return stacked;
    }

    String styleClass() {
        return "layout-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    static List<String> styleClasses() {
        return Arrays.stream(values()).map(ScreenLayout::styleClass).toList();
    }

    /**
     * The arrangement for a window of this size, given the width-to-height ratio of one figure:
     * both views when they fit at full height beside the list and a readable detail area.
     */
    static ScreenLayout forWindow(double width, double height, double figureAspect) {
        if (width <= 0 || height <= 0) {
            return WIDE;
        }
        if (height > width) {
            return TALL;
        }
        double bothViewsWidth = 2 * (height - CHROME_HEIGHT) * figureAspect + 40;
        return width >= bothViewsWidth + PICKER_WIDTH + MIN_DETAIL_WIDTH ? WIDE : NARROW;
    }
}
