package org.crampguide.kiosk.staff;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The hidden way in for staff: a number of taps in the top-left corner within a short time. A tap
 * anywhere else starts the count again, so a visitor tapping around never stumbles on it.
 */
public final class StaffGesture {
    /** The corner's size in pixels, from the top-left of the screen. */
    public static final double CORNER = 96;
    static final int TAPS = 5;
    static final long WINDOW_MILLIS = 3000;

    private final Deque<Long> taps = new ArrayDeque<>();

    /** Records a tap; true when it completes the gesture (the count then starts over). */
    public boolean tap(double x, double y, long nowMillis) {
        if (x > CORNER || y > CORNER) {
            taps.clear();
            return false;
        }
        taps.addLast(nowMillis);
        while (!taps.isEmpty() && nowMillis - taps.peekFirst() > WINDOW_MILLIS) {
            taps.removeFirst();
        }
        if (taps.size() >= TAPS) {
            taps.clear();
            return true;
        }
        return false;
    }
}
