package org.crampguide.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Without a display the app says so in one line and exits with 2; a wrong setting is one line too,
 * every time, though JavaFX was already starting beside the settings (never a JavaFX stack trace).
 */
class NoDisplayTest {
    private static final String MESSAGE = "cramp-guide: cannot open a window: no display (DISPLAY is not set)";

    @Test
    void aLinuxWindowNeedsADisplayUnlessJavaFxDrawsHeadless() {
        assertEquals(Optional.of(MESSAGE), Toolkit.noDisplay(Map.of(), "Linux", null));
        assertEquals(Optional.of(MESSAGE), Toolkit.noDisplay(Map.of("DISPLAY", " "), "Linux", null));
        assertEquals(Optional.empty(), Toolkit.noDisplay(Map.of("DISPLAY", ":0"), "Linux", null));
        assertEquals(Optional.empty(), Toolkit.noDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux", null));
        assertEquals(Optional.empty(), Toolkit.noDisplay(Map.of(), "Linux", "Monocle"));
        assertEquals(Optional.empty(), Toolkit.noDisplay(Map.of(), "Windows 11", null));
    }

    @Test
    void theAppStartedWithoutADisplayPrintsOneLineAndExitsWithTwo() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--quiet");
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the app exits by itself");
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(MESSAGE + System.lineSeparator(), err);
        assertEquals(2, process.exitValue());
    }

    @Test
    void aWrongSettingIsOneLineEveryTimeThoughJavaFxWasStarting(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path settings = org.crampguide.testing.PrivateFile.write(folder.resolve("kiosk.json"), "{\n  \"idleSeconds\": 5,\n  "
                + org.crampguide.kiosk.settings.StaffPin.create("2468".toCharArray(), 100_000).toJson() + "\n}\n");
        for (int run = 0; run < 6; run++) {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                    "--kiosk", "--kiosk-config", settings.toString());
            Process process = builder.start();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the app exits by itself");
            // JavaFX's warning about running from the class path (as tests do; the app runs on the module path)
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.contains("PlatformImpl startup") && !line.contains("Unsupported JavaFX configuration"))
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertEquals(1, err.lines().count(), "run " + run + ":\n" + err);
            assertTrue(err.startsWith("Cramp Guide cannot start the kiosk: " + settings + ":"), err);
            assertEquals(1, process.exitValue());
        }
    }
}
