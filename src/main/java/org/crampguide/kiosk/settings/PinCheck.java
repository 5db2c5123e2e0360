package org.crampguide.kiosk.settings;

/** Tells whether a PIN is the staff PIN (a stand-in is enough for tests of the attempt limits). */
@FunctionalInterface
public interface PinCheck {
    boolean matches(char[] pin);
}
