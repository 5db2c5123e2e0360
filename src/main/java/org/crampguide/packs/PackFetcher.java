package org.crampguide.packs;

import org.crampguide.threads.DaemonThreads;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a pack and its signature from an https address (the JDK's HttpClient, asking with
 * If-None-Match / If-Modified-Since so an unchanged pack is not downloaded again) or from a
 * {@code file:} path on a shared folder. Timeouts and a size limit keep a bad server from
 * hanging the check or filling the disk: a shared folder is read on a thread of its own that is
 * abandoned when it hangs (a stuck network share cannot be interrupted), and redirects are followed
 * only to the same scheme, host and port. Never touches the pack on screen.
 */
public final class PackFetcher {
    /** How long to wait and how much to take. */
    public record Limits(Duration connectTimeout, Duration requestTimeout, long maxBytes) {
        public static final Limits DEFAULTS = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(60), 50L * 1024 * 1024);
    }

    /** What the server said the last download was, to ask whether it changed since. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /** The answer: nothing new, or a new zip (in a file) with its signature file's bytes. */
    public sealed interface Fetched permits NotModified, Downloaded {
    }

    public record NotModified() implements Fetched {
    }

    public record Downloaded(Path zip, byte[] signature, Validators validators) implements Fetched {
    }

    private final Limits limits;
    private final HttpClient client;

    public PackFetcher(Limits limits) {
        this.limits = limits;
        this.client = HttpClient.newBuilder().connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Redirects followed for one request, at most. */
    static final int MAX_REDIRECTS = 3;
    /** The longest a {@code file:} read may take (a shared folder answers fast, or not at all). */
    static final Duration MAX_FILE_WAIT = Duration.ofSeconds(30);
    /** Reads of a hung shared folder still blocked; past this many, no new one is started. */
    private static final int MAX_HUNG_READS = 2;
    private final java.util.concurrent.atomic.AtomicInteger hung = new java.util.concurrent.atomic.AtomicInteger();

    /** Fetches {@code url} into {@code zip} unless it is unchanged since {@code known}. */
    public Fetched fetch(URI url, Validators known, Path zip) throws PackException {
        if ("file".equalsIgnoreCase(url.getScheme())) {
            return fromSharedFolder(url, known, zip);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(limits.requestTimeout()).GET();
        if (known.etag() != null) {
            request.header("If-None-Match", known.etag());
        }
        if (known.lastModified() != null) {
            request.header("If-Modified-Since", known.lastModified());
        }
        HttpResponse<Long> response = send(request.build(), zip, limits.maxBytes(), url);
        if (response.statusCode() == 304) {
            return new NotModified();
        }
        Validators validators = new Validators(response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
        URI signatureUrl = URI.create(url + PackSignature.SUFFIX);
        Path signature = zip.resolveSibling(zip.getFileName() + PackSignature.SUFFIX);
        HttpResponse<Long> signed = send(HttpRequest.newBuilder(signatureUrl).timeout(limits.requestTimeout()).GET()
                .build(), signature, PackSignature.MAX_FILE_BYTES, signatureUrl);
        if (signed.statusCode() == 304) {
            throw new PackException(signatureUrl + ": the server answered 304 to a plain request");
        }
        try {
            return new Downloaded(zip, Files.readAllBytes(signature), validators);
        } catch (IOException e) {
            throw new PackException(signatureUrl + ": cannot read the downloaded signature: " + e.getMessage());
        } finally {
            quietlyDelete(signature);
        }
    }

    /** Reads a {@code file:} address on a thread that is left behind, not waited for, when the share hangs. */
    private Fetched fromSharedFolder(URI url, Validators known, Path zip) throws PackException {
        if (hung.get() >= MAX_HUNG_READS) {
            throw new PackException(url + ": the shared folder still hangs from earlier checks; not read again until it answers");
        }
        CompletableFuture<Fetched> read = new CompletableFuture<>();
        DaemonThreads.named("shared-folder-read").newThread(() -> {
            try {
                read.complete(new SharedFolder(limits.maxBytes()).fetch(url, known, zip));
            } catch (PackException | RuntimeException e) {
                read.completeExceptionally(e);
            }
        }).start();
        Duration wait = limits.requestTimeout().compareTo(MAX_FILE_WAIT) < 0 ? limits.requestTimeout() : MAX_FILE_WAIT;
        try {
            return read.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            hung.incrementAndGet();
            read.whenComplete((done, failed) -> hung.decrementAndGet());
            throw new PackException(url + ": timed out: the shared folder gave no answer within " + wait.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof PackException pack ? pack
                    : new PackException(url + ": cannot be read: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PackException(url + ": the check was stopped");
        }
    }

    /**
     * Sends and writes a 200's body to {@code target}, following up to {@value #MAX_REDIRECTS}
     * redirects to the same scheme, host and port; any other status but 304 is refused.
     */
    private HttpResponse<Long> send(HttpRequest request, Path target, long maxBytes, URI url) throws PackException {
        HttpRequest next = request;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<Long> response = sendOnce(next, target, maxBytes, next.uri());
            int status = response.statusCode();
            if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
                return response;
            }
            String location = response.headers().firstValue("Location")
                    .orElseThrow(() -> new PackException(url + ": the server answered " + status + " without a Location"));
            URI to;
            try {
                to = next.uri().resolve(location);
            } catch (IllegalArgumentException e) {
                throw new PackException(url + ": the server redirected to an address that is not one (" + location + ")");
            }
            if (!sameOrigin(url, to)) {
                throw new PackException(url + ": refused a redirect to " + to + ": redirects are followed only to the same"
                        + " scheme, host and port");
            }
            if (redirects == MAX_REDIRECTS) {
                throw new PackException(url + ": more than " + MAX_REDIRECTS + " redirects");
            }
            HttpRequest.Builder again = HttpRequest.newBuilder(to).timeout(limits.requestTimeout()).GET();
            next.headers().map().forEach((name, values) -> values.forEach(value -> again.header(name, value)));
            next = again.build();
        }
    }

    static boolean sameOrigin(URI from, URI to) {
        return from.getScheme() != null && from.getScheme().equalsIgnoreCase(to.getScheme())
                && from.getHost() != null && from.getHost().equalsIgnoreCase(to.getHost())
                && from.getPort() == to.getPort();
    }

    private HttpResponse<Long> sendOnce(HttpRequest request, Path target, long maxBytes, URI url) throws PackException {
        CompletableFuture<HttpResponse<Long>> answer = client.sendAsync(request, info ->
                info.statusCode() == 200 ? new LimitedDownload(target, maxBytes)
                        : HttpResponse.BodySubscribers.replacing((long) -1));
        try {
            // the request timeout covers the wait for the headers; this one the whole body too
            HttpResponse<Long> response = answer.get(limits.requestTimeout().toMillis() + 500, TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200 && response.statusCode() != 304 && response.statusCode() / 100 != 3) {
                throw new PackException(url + ": the server answered " + response.statusCode() + " "
                        + reason(response.statusCode()));
            }
            return response;
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new PackException(url + ": no complete answer within " + limits.requestTimeout().toSeconds()
                    + " s (the download timed out)");
        } catch (ExecutionException e) {
            throw new PackException(url + ": " + describe(e.getCause(), maxBytes));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PackException(url + ": the check was stopped");
        }
    }

    private String describe(Throwable error, long maxBytes) {
        if (error instanceof LimitedDownload.TooBig) {
            return "refused: the download " + error.getMessage() + " (" + maxBytes / 1024 + " KB)";
        }
        if (error instanceof java.net.http.HttpTimeoutException) {
            return "no answer within the time allowed (" + error.getMessage() + ")";
        }
        if (error instanceof java.net.ConnectException) {
            return "cannot connect (" + Optional.ofNullable(error.getMessage()).orElse("connection refused") + ")";
        }
        return "the download failed (" + error.getClass().getSimpleName()
                + Optional.ofNullable(error.getMessage()).map(m -> ": " + m).orElse("") + ")";
    }

    private static String reason(int status) {
        return switch (status) {
            case 401, 403 -> "(not allowed: check the server's access rules)";
            case 404 -> "(not found: check contentUrl)";
            default -> status >= 500 ? "(a server error; the kiosk tries again at the next check)" : "";
        };
    }

    static void quietlyDelete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover in the kiosk's own download folder is cleared at the next start
        }
    }

    /** A {@code file:} address: the file's size and time stand in for the server's validators. */
    private record SharedFolder(long maxBytes) {
        Fetched fetch(URI url, Validators known, Path zip) throws PackException {
            Path source;
            try {
                source = Path.of(url);
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                throw new PackException(url + ": is not a file path this system can open");
            }
            try {
                String stamp = Files.size(source) + "-" + Files.getLastModifiedTime(source).toMillis();
                if (stamp.equals(known.etag())) {
                    return new NotModified();
                }
                copy(source, zip, maxBytes, url);
                Path signature = source.resolveSibling(source.getFileName() + PackSignature.SUFFIX);
                byte[] signed = Files.size(signature) > PackSignature.MAX_FILE_BYTES ? new byte[0]
                        : Files.readAllBytes(signature);
                return new Downloaded(zip, signed, new Validators(stamp, null));
            } catch (NoSuchFileException e) {
                throw new PackException(url + ": no such file (" + e.getFile() + ")");
            } catch (IOException e) {
                throw new PackException(url + ": cannot be read: " + e.getMessage());
            }
        }

        private static void copy(Path source, Path zip, long maxBytes, URI url) throws IOException, PackException {
            try (InputStream in = Files.newInputStream(source)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new PackException(url + ": refused: the file is bigger than the limit of " + maxBytes + " bytes");
                }
                Files.write(zip, bytes);
            }
        }
    }
}
