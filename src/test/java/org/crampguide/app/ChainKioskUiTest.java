package org.crampguide.app;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.crampguide.content.BundledPack;
import org.crampguide.kiosk.settings.StaffPin;
import org.crampguide.packs.PackKeys;
import org.crampguide.packs.PackKit;
import org.crampguide.packs.PackServer;
import org.crampguide.testing.FxThreadErrors;
import org.crampguide.testing.PrometheusText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A chain kiosk put together by the launcher from a kiosk file: it follows a real web server's
 * pack, puts a new pack on screen only on the attract screen, says so in Diagnostics, and serves
 * /metrics (parsed strictly) and /healthz (503 while the JavaFX thread is blocked).
 */
@ExtendWith({ApplicationExtension.class, FxThreadErrors.class})
class ChainKioskUiTest {
    @TempDir
    Path temp;
    private PackKit kit;
    private PackServer server;
    private int metricsPort;
    private Path kioskFile;
    private Stage stage;
    private List<Handler> rootHandlers;

    @BeforeEach
    void writeTheKioskFile() throws Exception {
        rootHandlers = List.of(Logger.getLogger("").getHandlers());
        kit = new PackKit(temp);
        server = new PackServer().serve(kit.goodPack("v1", "Calf muscles"));
        try (ServerSocket free = new ServerSocket(0)) {
            metricsPort = free.getLocalPort();
        }
        kioskFile = temp.resolve("kiosk.json");
        org.crampguide.testing.PrivateFile.write(kioskFile, "{\n" + StaffPin.create("2468".toCharArray(), 100_000).toJson() + ",\n"
                + "\"logFolder\": \"" + temp.resolve("state/logs").toString().replace("\\", "\\\\") + "\",\n"
                + "\"contentUrl\": \"" + server.url() + "\",\n"
                + "\"contentPublicKeys\": [\"" + PackKeys.text(kit.key.getPublic()) + "\"],\n"
                + "\"metricsAddress\": \"127.0.0.1:" + metricsPort + "\"\n}\n");
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        FxToolkit.cleanupStages();
        server.close();
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (!rootHandlers.contains(handler)) {
                Logger.getLogger("").removeHandler(handler);
                handler.close();
            }
        }
    }

    private Node node(String selector) {
        return stage.getScene().getRoot().lookup(selector);
    }

    private String text(String selector) {
        return ((Labeled) node(selector)).getText();
    }

    private static void waitUntil(Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " did not come within 30 s", e);
        }
    }

    /**
     * Attract screen, five taps in the corner within three seconds, the PIN. On a loaded machine a
     * try can run late (the taps spread over more than three seconds), so up to three tries.
     */
    private void openStaffMenu(FxRobot robot) {
        for (int attempt = 0; attempt < 3 && !node("#staff-menu").isVisible(); attempt++) {
            WaitForAsyncUtils.waitForFxEvents();
            if (node("#attract").isVisible()) {
                robot.clickOn(node("#attract"));
            }
            if (!node("#pin-pad").isVisible()) {
                for (int i = 0; i < 5; i++) {
                    robot.clickOn(node("#staff-corner"));
                }
                WaitForAsyncUtils.waitForFxEvents();
            }
            if (node("#pin-pad").isVisible()) {
                for (String key : List.of("2", "4", "6", "8", "ok")) {
                    robot.clickOn(node("#pin-key-" + key));
                }
                try {
                    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> node("#staff-menu").isVisible());
                } catch (java.util.concurrent.TimeoutException e) {
                    // tried again below
                }
            }
        }
        assertTrue(node("#staff-menu").isVisible(), "the staff menu; PIN pad shown: " + node("#pin-pad").isVisible()
                + ", its message: " + text("#pin-message") + ", attract shown: " + node("#attract").isVisible());
        WaitForAsyncUtils.waitForFxEvents(); // shown in this pulse, laid out in the next: then its buttons can be clicked
    }

    @Test
    void aNewPackGoesOnScreenOnlyBetweenVisitorsAndTheKioskIsWatchedByPrometheus(FxRobot robot) throws Exception {
        StringWriter err = new StringWriter();
        StartPlan.Window startup = assertInstanceOf(StartPlan.Window.class, Launcher.prepare(new String[] {"--kiosk", "--kiosk-config", kioskFile.toString()},
                new BundledPack(), new PrintWriter(new StringWriter()), new PrintWriter(err, true)), err.toString());
        robot.interact(() -> stage = Wiring.show(startup, System.nanoTime()));
        waitUntil(() -> "Calf muscles".equals(text("#muscle-button-calves")), "the first pack, on the attract screen");

        server.serve(kit.goodPack("v2", "Lower legs"));
        openStaffMenu(robot); // a visitor's session has begun
        robot.clickOn(node("#staff-reload")); // asks the server now
        waitUntil(() -> server.packBodies.get() == 2, "the second download");
        Thread.sleep(1500);
        assertEquals("Calf muscles", text("#muscle-button-calves"), "not while a visitor uses the kiosk");

        Platform.runLater(() -> {
            throw new IllegalStateException("back to the attract screen, as after any error");
        });
        waitUntil(() -> "Lower legs".equals(text("#muscle-button-calves")), "the new pack on the attract screen");

        openStaffMenu(robot);
        robot.clickOn(node("#staff-diagnostics"));
        String diagnostics = text("#diagnostics");
        assertTrue(diagnostics.contains("Content updates: " + server.url()), diagnostics);
        assertTrue(diagnostics.contains("Pack on screen: v2, made "), diagnostics);
        assertTrue(diagnostics.contains("Metrics: http://127.0.0.1:" + metricsPort + "/metrics"), diagnostics);

        int[] status = new int[1];
        Map<String, PrometheusText.Family> metrics = PrometheusText.parse(
                org.crampguide.metrics.KioskMetricsTest.get(metricsPort, "/metrics", status));
        assertEquals(200, status[0]);
        assertEquals("v2", metrics.get("cramp_guide_content_info").samples().get(0).labels().get("pack_version"));
        assertEquals(1, metrics.get("cramp_guide_content_last_check_success").samples().get(0).value());
        assertTrue(metrics.get("cramp_guide_sessions_total").samples().get(0).value() >= 1);
        assertEquals(1, metrics.get("cramp_guide_errors_recovered_total").samples().get(0).value());
        // the age counts from when this kiosk put the pack on screen, not from the pack's own (2025) creation time
        double age = metrics.get("cramp_guide_content_age_seconds").samples().get(0).value();
        assertTrue(age >= 0 && age < 600, "content age " + age + " s");

        assertEquals("ok\n", org.crampguide.metrics.KioskMetricsTest.get(metricsPort, "/healthz", status));
        Platform.runLater(() -> sleep(2500)); // the JavaFX thread is blocked
        Thread.sleep(100);
        org.crampguide.metrics.KioskMetricsTest.get(metricsPort, "/healthz", status);
        assertEquals(503, status[0]);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(200, healthOnceTheThreadIsFree(status), "healthy again once the JavaFX thread runs");

        // staff withdraw v2 on this kiosk: v1 comes back, though it is older
        openStaffMenu(robot);
        robot.clickOn(node("#staff-roll-back"));
        waitUntil(() -> text("#diagnostics").startsWith("Back on pack v1"), "the staff menu's answer");
        waitUntil(() -> "Calf muscles".equals(text("#muscle-button-calves")), "the previous pack on screen");
    }

    /** /healthz once the blocked thread is free again; a loaded machine may take a few tries to answer. */
    private int healthOnceTheThreadIsFree(int[] status) throws InterruptedException {
        long until = System.nanoTime() + 15_000_000_000L;
        Exception last = null;
        while (System.nanoTime() < until) {
            try {
                org.crampguide.metrics.KioskMetricsTest.get(metricsPort, "/healthz", status);
                if (status[0] == 200) {
                    return 200;
                }
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("/healthz did not answer 200 within 15 s; last status " + status[0], last);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
