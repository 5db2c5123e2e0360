package org.crampguide.packs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real web server on 127.0.0.1 for tests, serving {@code /pack.zip} and {@code /pack.zip.sig} as
 * a static server would (ETag, Last-Modified, 304), or answering as a broken one does.
 */
public final class PackServer implements AutoCloseable {
    /** How the server answers a request for the pack. */
    public enum Mode { SERVE, NOT_FOUND, SERVER_ERROR, HANG }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "test-pack-server");
        thread.setDaemon(true);
        return thread;
    });
    private volatile PackKit.Signed pack;
    private volatile Mode mode = Mode.SERVE;
    /** Full bodies of the pack sent (a 304 sends none). */
    public final AtomicInteger packBodies = new AtomicInteger();

    public PackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    /** Where {@code /moved.zip} (and its .sig) redirect to: this server's own pack unless set. */
    private volatile String movedTo;

    public PackServer moveTo(String base) {
        this.movedTo = base;
        return this;
    }

    /** An address that answers 302 to the pack at {@link #moveTo}'s base (this server by default). */
    public URI movedUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/moved.zip");
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/pack.zip");
    }

    public PackServer serve(PackKit.Signed signed) {
        this.pack = signed;
        this.mode = Mode.SERVE;
        return this;
    }

    public PackServer mode(Mode newMode) {
        this.mode = newMode;
        return this;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (mode) {
                case NOT_FOUND -> empty(exchange, 404);
                case SERVER_ERROR -> empty(exchange, 500);
                case HANG -> hang();
                default -> serve(exchange);
            }
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith("/moved.zip")) {
            String base = movedTo != null ? movedTo : "http://127.0.0.1:" + server.getAddress().getPort();
            exchange.getResponseHeaders().set("Location", base + path.replace("/moved.zip", "/pack.zip"));
            exchange.sendResponseHeaders(302, -1);
            return;
        }
        PackKit.Signed signed = pack;
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(signed.zip())) + "\"";
        boolean signature = exchange.getRequestURI().getPath().endsWith(".sig");
        if (!signature && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        byte[] body = signature ? signed.signature() : signed.zip();
        if (!signature) {
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", "Sat, 01 Mar 2025 12:00:00 GMT");
            packBodies.incrementAndGet();
        }
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void empty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    private static void hang() {
        try {
            Thread.sleep(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
