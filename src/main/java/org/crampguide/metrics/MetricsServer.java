package org.crampguide.metrics;

import com.sun.net.httpserver.HttpExchange;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The kiosk's metrics address: {@code /metrics} in the Prometheus text format (the official
 * client's HTTP server) and {@code /healthz}, which answers 200 while the UI thread runs a task
 * within {@code answerWithin} and 503 when it does not (a frozen screen, though the process lives).
 */
public final class MetricsServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(MetricsServer.class.getName());

    private final HTTPServer server;
    private final ExecutorService threads;
    private final Executor ui;
    private final Duration answerWithin;
    private CountDownLatch probe;

    private MetricsServer(String host, int port, PrometheusRegistry registry, Executor ui, Duration answerWithin)
            throws IOException {
        this.ui = ui;
        this.answerWithin = answerWithin;
        this.threads = Executors.newFixedThreadPool(3, task -> {
            Thread thread = new Thread(task, "metrics-http");
            thread.setDaemon(true);
            return thread;
        });
        this.server = HTTPServer.builder().hostname(host).port(port).registry(registry).executorService(threads)
                .defaultHandler(this::handle).buildAndStart();
    }

    /** Starts serving on {@code host:port} (port 0: any free port, see {@link #port()}). */
    public static MetricsServer start(String host, int port, PrometheusRegistry registry, Executor ui,
            Duration answerWithin) throws IOException {
        MetricsServer started = new MetricsServer(host, port, registry, ui, answerWithin);
        LOG.log(System.Logger.Level.INFO, "metrics on http://" + host + ":" + started.port() + "/metrics and /healthz");
        return started;
    }

    public int port() {
        return server.getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/healthz")) {
                boolean answered = uiAnswers();
                answer(exchange, answered ? 200 : 503, answered ? "ok\n"
                        : "the UI thread has not answered within " + answerWithin.toMillis() + " ms\n");
            } else {
                answer(exchange, path.equals("/") ? 200 : 404, "Cramp Guide kiosk: /metrics, /healthz\n");
            }
        }
    }

    /**
     * Whether the UI thread runs a task in time. While an earlier probe is still waiting in the UI
     * thread's queue, no second one is queued: a frozen thread does not collect a pile of them.
     */
    private boolean uiAnswers() {
        CountDownLatch waiting;
        synchronized (this) {
            if (probe == null || probe.getCount() == 0) {
                probe = new CountDownLatch(1);
                ui.execute(probe::countDown);
            }
            waiting = probe;
        }
        try {
            return waiting.await(answerWithin.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.close();
        threads.shutdownNow();
    }
}
