package org.crampguide.metrics;

import org.crampguide.threads.DaemonThreads;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.config.PrometheusProperties;
import io.prometheus.metrics.exporter.httpserver.HttpErrorHandlingPolicy;
import io.prometheus.metrics.exporter.httpserver.MetricsHandler;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The kiosk's metrics address: {@code /metrics} in the Prometheus text format (the official
 * client's handler) and {@code /healthz}, which answers 200 while the UI thread runs a task within
 * {@code answerWithin} and 503 when it does not (a frozen screen, though the process lives). Only
 * {@code GET} and {@code HEAD} of exactly those paths (and {@code /}) answer; other methods get 405
 * and other paths 404. It cannot be starved: the JDK server's request and response time limits
 * close a connection that sends nothing, and the pool has threads to spare for the scraper. A
 * client that hangs up mid-answer is logged as one line, at most once a minute.
 */
public final class MetricsServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(MetricsServer.class.getName());
    /** Threads for requests: idle connections hold one each until the request time limit closes them. */
    static final int THREADS = 8;
    /** The JDK server's limits, in seconds: to read a request, to send an answer, and to keep a connection idle. */
    static final String REQUEST_SECONDS = "5";
    private static final String RESPONSE_SECONDS = "10";
    private static final String IDLE_SECONDS = "10";
    private static final long BROKEN_LOG_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final Set<String> METHODS = Set.of("GET", "HEAD");

    static {
        limit("sun.net.httpserver.maxReqTime", REQUEST_SECONDS);
        limit("sun.net.httpserver.maxRspTime", RESPONSE_SECONDS);
        limit("sun.net.httpserver.idleInterval", IDLE_SECONDS);
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final HttpHandler metrics;
    private final Executor ui;
    private final Duration answerWithin;
    private final LongSupplier nanos;
    private final AtomicInteger brokenSinceLogged = new AtomicInteger();
    private long brokenLoggedAt = Long.MIN_VALUE;
    private CountDownLatch probe;

    private MetricsServer(String host, int port, PrometheusRegistry registry, Executor ui, Duration answerWithin,
            LongSupplier nanos) throws IOException {
        this.ui = ui;
        this.answerWithin = answerWithin;
        this.nanos = nanos;
        this.metrics = new MetricsHandler(PrometheusProperties.get(), registry,
                HttpErrorHandlingPolicy.builder().errorReporter(this::broken).build());
        this.threads = Executors.newFixedThreadPool(THREADS, DaemonThreads.numbered("metrics-http"));
        this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/", this::route);
        server.setExecutor(threads);
        server.start();
    }

    /** Starts serving on {@code host:port} (port 0: any free port, see {@link #port()}). */
    public static MetricsServer start(String host, int port, PrometheusRegistry registry, Executor ui,
            Duration answerWithin) throws IOException {
        return start(host, port, registry, ui, answerWithin, System::nanoTime);
    }

    static MetricsServer start(String host, int port, PrometheusRegistry registry, Executor ui, Duration answerWithin,
            LongSupplier nanos) throws IOException {
        MetricsServer started = new MetricsServer(host, port, registry, ui, answerWithin, nanos);
        LOG.log(System.Logger.Level.INFO, "metrics on http://" + host + ":" + started.port() + "/metrics and /healthz");
        return started;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void route(HttpExchange exchange) {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (!path.equals("/metrics") && !path.equals("/healthz") && !path.equals("/")) {
                answer(exchange, 404, "not found: this kiosk serves /metrics and /healthz\n");
            } else if (!METHODS.contains(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                answer(exchange, 405, "method not allowed: GET or HEAD\n");
            } else if (path.equals("/metrics")) {
                metrics.handle(exchange);
            } else if (path.equals("/healthz")) {
                boolean answered = uiAnswers();
                answer(exchange, answered ? 200 : 503, answered ? "ok\n"
                        : "the UI thread has not answered within " + answerWithin.toMillis() + " ms\n");
            } else {
                answer(exchange, 200, "Cramp Guide kiosk: /metrics, /healthz\n");
            }
        } catch (IOException | RuntimeException e) { // the client hung up: nothing to answer, nothing to trace
            broken(e);
        }
    }

    /** One line for a broken connection, at most once a minute, with how many there were since. */
    private void broken(Exception e) {
        int since = brokenSinceLogged.incrementAndGet();
        long now = nanos.getAsLong();
        synchronized (this) {
            if (brokenLoggedAt != Long.MIN_VALUE && now - brokenLoggedAt < BROKEN_LOG_EVERY_NANOS) {
                return;
            }
            brokenLoggedAt = now;
        }
        brokenSinceLogged.addAndGet(-since);
        LOG.log(System.Logger.Level.WARNING, "metrics: " + since + " client connection(s) broken off since the last"
                + " report (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
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
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void limit(String property, String seconds) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, seconds);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
