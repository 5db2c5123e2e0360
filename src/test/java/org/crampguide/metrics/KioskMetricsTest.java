package org.crampguide.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.crampguide.testing.PrometheusText;
import org.crampguide.usage.Counter;
import org.crampguide.usage.UsageRecorder;
import org.junit.jupiter.api.Test;

/** /metrics as Prometheus reads it (parsed strictly), and /healthz answering for the UI thread. */
public class KioskMetricsTest {
    private static final Instant NOW = Instant.parse("2025-03-04T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final KioskMetrics metrics = new KioskMetrics("0.1.0", new KioskMetrics.Readings() {
        @Override
        public Optional<KioskMetrics.Content> content() {
            return Optional.of(new KioskMetrics.Content("2025.03.01", "0123456789ab", NOW.minus(Duration.ofDays(3))));
        }

        @Override
        public Optional<KioskMetrics.Check> lastCheck() {
            return Optional.of(new KioskMetrics.Check(NOW.minusSeconds(60), false));
        }
    }, CLOCK, () -> 90_000);

    public static String get(int port, String path, int[] status) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        status[0] = response.statusCode();
        return response.body();
    }

    private static double value(Map<String, PrometheusText.Family> families, String name, Map<String, String> labels) {
        PrometheusText.Family family = families.get(name);
        assertTrue(family != null, name + " is exposed");
        return family.samples().stream().filter(s -> s.labels().equals(labels)).findFirst()
                .orElseThrow(() -> new AssertionError(name + labels + " in " + family.samples())).value();
    }

    @Test
    void metricsAreServedInTheTextFormatWithPrometheusNames() throws Exception {
        UsageRecorder counted = metrics.counting(UsageRecorder.OFF);
        counted.record(Counter.SESSION);
        counted.record(Counter.SESSION);
        counted.record(Counter.MUSCLE_OPENED, "calves");
        counted.record(Counter.MUSCLE_OPENED, "Robert'); DROP TABLE");
        counted.record(Counter.IDLE_RESET);
        counted.record(Counter.HOLD_STARTED, "calves");
        counted.record(Counter.HOLD_COMPLETED, "calves");
        counted.record(Counter.ERROR_RECOVERED);
        counted.record(Counter.FLOW_CALL_NOW, "chest");
        counted.record(Counter.FLOW_NOT_EASED, "calves");
        counted.record(Counter.FLOW_NOT_EASED, "calves");
        metrics.checked(KioskMetrics.CheckResult.REFUSED);
        try (MetricsServer server = MetricsServer.start("127.0.0.1", 0, metrics.registry(), Runnable::run,
                Duration.ofSeconds(1))) {
            int[] status = new int[1];
            String text = get(server.port(), "/metrics", status);
            assertEquals(200, status[0]);
            Map<String, PrometheusText.Family> families = PrometheusText.parse(text);

            assertEquals(1, value(families, "cramp_guide_build_info", Map.of("version", "0.1.0")));
            assertEquals(90, value(families, "cramp_guide_uptime_seconds", Map.of()));
            assertEquals(1, value(families, "cramp_guide_content_info",
                    Map.of("pack_version", "2025.03.01", "fingerprint", "0123456789ab")));
            assertEquals(3 * 86_400, value(families, "cramp_guide_content_age_seconds", Map.of()));
            assertEquals(NOW.getEpochSecond() - 60, value(families, "cramp_guide_content_last_check_timestamp_seconds", Map.of()));
            assertEquals(0, value(families, "cramp_guide_content_last_check_success", Map.of()));
            assertEquals(1, value(families, "cramp_guide_content_checks_total", Map.of("result", "refused")));
            assertEquals(0, value(families, "cramp_guide_content_checks_total", Map.of("result", "updated")));
            assertEquals(2, value(families, "cramp_guide_sessions_total", Map.of()));
            assertEquals(1, value(families, "cramp_guide_muscles_opened_total", Map.of("muscle", "calves")));
            assertEquals(1, value(families, "cramp_guide_muscles_opened_total", Map.of("muscle", "other")));
            assertEquals(1, value(families, "cramp_guide_idle_resets_total", Map.of()));
            assertEquals(1, value(families, "cramp_guide_stretch_holds_started_total", Map.of("muscle", "calves")));
            assertEquals(1, value(families, "cramp_guide_stretch_holds_completed_total", Map.of("muscle", "calves")));
            assertEquals(1, value(families, "cramp_guide_errors_recovered_total", Map.of()));
            assertEquals(1, value(families, "cramp_guide_first_aid_total", Map.of("outcome", "call_now", "muscle", "chest")));
            assertEquals(2, value(families, "cramp_guide_first_aid_total", Map.of("outcome", "not_eased", "muscle", "calves")));
            assertEquals(0, value(families, "cramp_guide_speech_available", Map.of("detail", "turned off")),
                    "speech: unavailable (turned off)");
            assertEquals("counter", families.get("cramp_guide_sessions_total").type());
            assertTrue(families.keySet().stream().anyMatch(name -> name.startsWith("jvm_memory_")), families.keySet().toString());
        }
    }

    @Test
    void healthzSaysWhetherTheUiThreadAnswersInTime() throws Exception {
        Executor neverRuns = task -> { };
        try (MetricsServer running = MetricsServer.start("127.0.0.1", 0, metrics.registry(), Runnable::run,
                Duration.ofMillis(300));
                MetricsServer frozen = MetricsServer.start("127.0.0.1", 0, metrics.registry(), neverRuns,
                        Duration.ofMillis(300))) {
            int[] status = new int[1];
            assertEquals("ok\n", get(running.port(), "/healthz", status));
            assertEquals(200, status[0]);
            get(frozen.port(), "/healthz", status);
            assertEquals(503, status[0]);
            get(running.port(), "/nothing-here", status);
            assertEquals(404, status[0]);
        }
    }

    @Test
    void theParserRefusesWhatPrometheusWouldRefuse() {
        assertThrows(IllegalArgumentException.class, () -> PrometheusText.parse("a{b=\"c} 1\n"));
        assertThrows(IllegalArgumentException.class, () -> PrometheusText.parse("a 1\na 2\n"));
        assertThrows(IllegalArgumentException.class, () -> PrometheusText.parse("# TYPE a counter\na 1\n# TYPE a counter\n"));
        assertThrows(IllegalArgumentException.class, () -> PrometheusText.parse("a one\n"));
        assertThrows(IllegalArgumentException.class, () -> PrometheusText.parse("a 1\nb 1\na{x=\"y\"} 1\n"));
        assertEquals(2, PrometheusText.parse("# HELP a x\n# TYPE a gauge\na{x=\"q\\\"\"} +Inf\na 3 1700000000000\n")
                .get("a").samples().size());
    }
}
