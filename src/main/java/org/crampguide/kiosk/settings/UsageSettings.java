package org.crampguide.kiosk.settings;

import java.nio.file.Path;

/**
 * The kiosk's anonymous usage counts: whether they are kept ({@code usageStats}), for how many days
 * ({@code usageRetentionDays}) and where the staff menu's export goes ({@code usageExportFolder};
 * null: the log folder).
 */
public record UsageSettings(boolean on, int retentionDays, Path exportFolder) {
    public static final boolean DEFAULT_ON = true;
    public static final UsageSettings DEFAULTS =
            new UsageSettings(DEFAULT_ON, (int) KioskConfig.USAGE_RETENTION_DAYS.defaultValue(), null);
}
