package org.crampguide.kiosk.settings;

import org.crampguide.testing.KioskFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.crampguide.content.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk file's usage settings: on for 400 days by default, exported to the log folder unless told. */
class UsageSettingsTest {
    @TempDir
    Path folder;
    KioskFiles kiosk;

    @BeforeEach
    void setUp() {
        kiosk = new KioskFiles(folder);
    }

    @Test
    void usageIsCountedForFourHundredDaysAndExportedBesideTheLogsByDefault() {
        KioskConfig config = kiosk.writeLines("\"hideCursor\": false").read().orElseThrow();
        assertEquals(UsageSettings.DEFAULTS, config.usage());
        assertTrue(config.usage().on());
        assertEquals(400, config.usage().retentionDays());
        assertEquals(config.logFolder(), config.usageExportFolder());
    }

    @Test
    void usageCanBeTurnedOffKeptShorterAndExportedToAStick() {
        KioskConfig config = kiosk.writeLines("\"usageStats\": false", "\"usageRetentionDays\": 30",
                "\"usageExportFolder\": \"/media/usb\"").read().orElseThrow();
        assertEquals(new UsageSettings(false, 30, Path.of("/media/usb")), config.usage());
        assertEquals(Path.of("/media/usb"), config.usageExportFolder());
    }

    @Test
    void wrongUsageSettingsAreReportedOnTheirLines() {
        assertTrue(kiosk.writeLines("\"usageStats\": \"yes\"", "\"usageRetentionDays\": 0",
                "\"usageExportFolder\": \" \"").read().isEmpty());
        assertEquals(3, kiosk.problems.size(), kiosk.problems.toString());
        assertTrue(kiosk.problems.get(0).toString().contains("usageStats: must be true or false"),
                kiosk.problems.get(0).toString());
        Problem days = kiosk.problems.get(1);
        assertTrue(days.toString().contains("usageRetentionDays: must be from 1 to 3650 days (found 0)"), days.toString());
        assertTrue(kiosk.problems.get(2).toString().contains("usageExportFolder: is empty"),
                kiosk.problems.get(2).toString());
    }
}
