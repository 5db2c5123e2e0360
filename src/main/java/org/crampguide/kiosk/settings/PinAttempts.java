package org.crampguide.kiosk.settings;

/** How many wrong staff PINs are allowed before the PIN pad locks, and for how long it first locks. */
public record PinAttempts(int maxFailures, int lockoutSeconds) {
    public static final NumberSetting MAX_FAILURES =
            new NumberSetting("/pinAttempts/maxFailures", 1, 10, 3, "wrong PINs");
    public static final NumberSetting LOCKOUT_SECONDS =
            new NumberSetting("/pinAttempts/lockoutSeconds", 5, 3600, 30, "seconds");
    public static final PinAttempts DEFAULTS =
            new PinAttempts((int) MAX_FAILURES.defaultValue(), (int) LOCKOUT_SECONDS.defaultValue());

    public PinAttempts {
        MAX_FAILURES.require(maxFailures);
        LOCKOUT_SECONDS.require(lockoutSeconds);
    }
}
