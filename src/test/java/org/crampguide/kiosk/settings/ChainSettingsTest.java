package org.crampguide.kiosk.settings;

import org.crampguide.testing.KioskFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.crampguide.packs.PackKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The settings of a chain's kiosk: contentUrl, contentPublicKeys, contentCheckMinutes, metricsAddress. */
class ChainSettingsTest {
    private static final String KEY = PackKeys.text(PackKeys.generate().getPublic());
    private static final String OTHER_KEY = PackKeys.text(PackKeys.generate().getPublic());

    @TempDir
    Path temp;

    @Test
    void withoutTheSettingsThereAreNoUpdatesAndNoMetrics() {
        KioskConfig config = new KioskFiles(temp).writeLines().read().orElseThrow();
        assertEquals(ContentUpdates.OFF, config.contentUpdates());
        assertEquals(null, config.metricsAddress());
    }

    @Test
    void aChainKioskFollowsItsUrlWithEveryKeyItTrusts() {
        KioskFiles kiosk = new KioskFiles(temp).writeLines("\"contentUrl\": \"https://packs.example.org/gym/pack.zip\"",
                "\"contentPublicKeys\": [\"" + KEY + "\", \"" + OTHER_KEY + "\"]", "\"contentCheckMinutes\": 5",
                "\"metricsAddress\": \"[::1]:9464\"");
        KioskConfig config = kiosk.read().orElseThrow(() -> new AssertionError(kiosk.problems));
        assertEquals(new ContentUpdates(URI.create("https://packs.example.org/gym/pack.zip"), List.of(KEY, OTHER_KEY), 5),
                config.contentUpdates());
        assertEquals(new MetricsAddress("::1", 9464), config.metricsAddress());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"contentUrl\": \"http://packs.example.org/p.zip\", \"contentPublicKeys\": [\"KEY\"] | contentUrl | must start with https://",
        "\"contentUrl\": \"ftp://x/p.zip\", \"contentPublicKeys\": [\"KEY\"]                   | contentUrl | must start with https://",
        "\"contentUrl\": \"https://x/packs/\", \"contentPublicKeys\": [\"KEY\"]                | contentUrl | must name the pack file itself",
        "\"contentUrl\": \"https://x/p.zip\"                                                  | contentPublicKeys | missing required field",
        "\"contentUrl\": \"https://x/p.zip\", \"contentPublicKeys\": []                        | contentPublicKeys | one or more public keys",
        "\"contentUrl\": \"https://x/p.zip\", \"contentPublicKeys\": [\"KEY\", \"bm90IGEga2V5\"] | contentPublicKeys[1] | is not an Ed25519 public key",
        "\"contentCheckMinutes\": 0                                                          | contentCheckMinutes | from 1 to 1440 minutes (found 0)",
        "\"metricsAddress\": \"9464\"                                                        | metricsAddress | must be host:port",
        "\"metricsAddress\": \"127.0.0.1:70000\"                                             | metricsAddress | must be host:port",
    })
    void aWrongSettingIsReportedWithItsLine(String line, String path, String message) {
        KioskFiles kiosk = new KioskFiles(temp).writeLines(line.replace("KEY", KEY));
        assertTrue(kiosk.read().isEmpty());
        String problem = kiosk.problems.get(0).toString();
        // at its line, or (a missing field) at the line of the settings object
        assertTrue(problem.startsWith(kiosk.file + (message.startsWith("missing") ? ":1:" : ":2:")), problem);
        assertTrue(problem.contains(path + ": ") && problem.contains(message), problem);
    }
}
