package org.crampguide.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The metrics address cannot be blinded (all on 127.0.0.1): idle connections do not stop
 * /healthz, only GET and HEAD of exactly /metrics and /healthz answer, and clients that hang up
 * mid-answer are one log line a minute, not a stack trace each.
 */
class MetricsServerHardeningTest {
    private static final PrometheusRegistry REGISTRY = new PrometheusRegistry();

    /** Sends a raw request and returns the status line's code. */
    private static int status(int port, String method, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(head.substring(9, 12));
        }
    }

    @Test
    void onlyGetAndHeadOfExactlyMetricsAndHealthzAnswer() throws Exception {
        try (MetricsServer server = MetricsServer.start("127.0.0.1", 0, REGISTRY, Runnable::run, Duration.ofSeconds(1))) {
            int port = server.port();
            assertEquals(200, status(port, "GET", "/metrics"));
            assertEquals(200, status(port, "HEAD", "/metrics"));
            assertEquals(200, status(port, "GET", "/healthz"));
            assertEquals(200, status(port, "HEAD", "/healthz"));
            for (String method : List.of("DELETE", "TRACE", "POST", "PUT", "OPTIONS")) {
                assertEquals(405, status(port, method, "/metrics"), method);
                assertEquals(405, status(port, method, "/healthz"), method);
            }
            for (String path : List.of("/metricsx", "/metrics/", "/-/healthy", "/healthz/x", "/metrics/../healthz")) {
                assertEquals(404, status(port, "GET", path), path);
            }
        }
    }

    @Test
    void idleConnectionsDoNotStopHealthz() throws Exception {
        try (MetricsServer server = MetricsServer.start("127.0.0.1", 0, REGISTRY, Runnable::run, Duration.ofSeconds(1))) {
            List<Socket> idle = new ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    idle.add(new Socket("127.0.0.1", server.port()));
                }
                Thread.sleep(300);
                long started = System.nanoTime();
                assertEquals(200, status(server.port(), "GET", "/healthz"));
                assertTrue(System.nanoTime() - started < 3_000_000_000L, "three idle connections leave threads to spare");
                for (int i = 0; i < 2 * MetricsServer.THREADS; i++) {
                    idle.add(new Socket("127.0.0.1", server.port()));
                }
                Thread.sleep(300);
                started = System.nanoTime();
                assertEquals(200, status(server.port(), "GET", "/healthz"));
                long waited = (System.nanoTime() - started) / 1_000_000;
                long limit = Long.parseLong(MetricsServer.REQUEST_SECONDS) * 1000 + 4000;
                assertTrue(waited < limit, "more idle connections than threads are closed by the request time limit; waited "
                        + waited + " ms");
            } finally {
                for (Socket socket : idle) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void clientsThatHangUpAreLoggedOnceAMinuteAsOneLine() throws Exception {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Logger logger = Logger.getLogger(MetricsServer.class.getName());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(capture);
        AtomicLong nanos = new AtomicLong();
        PrometheusRegistry big = new PrometheusRegistry();
        for (int i = 0; i < 400; i++) { // an answer large enough not to fit in the socket's buffers at once
            io.prometheus.metrics.core.metrics.Gauge.builder().name("filler_" + i).help("x".repeat(200)).register(big);
        }
        try (MetricsServer server = MetricsServer.start("127.0.0.1", 0, big, Runnable::run, Duration.ofSeconds(1),
                nanos::get)) {
            for (int i = 0; i < 40; i++) {
                try (Socket socket = new Socket("127.0.0.1", server.port())) {
                    socket.setSoLinger(true, 0); // close with a reset, mid-answer
                    socket.getOutputStream().write("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    socket.getInputStream().read();
                }
            }
            Thread.sleep(500);
            assertTrue(records.size() <= 1, "at most one line within the minute, got " + records.size());
            records.forEach(r -> assertEquals(null, r.getThrown(), "no stack trace"));
            nanos.addAndGet(Duration.ofMinutes(2).toNanos());
            assertEquals(200, status(server.port(), "GET", "/healthz"), "still answering");
        } finally {
            logger.removeHandler(capture);
        }
    }
}
