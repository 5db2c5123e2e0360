package org.crampguide.packs;

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
 * hanging the check or filling the disk. Never touches the pack on screen.
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
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Fetches {@code url} into {@code zip} unless it is unchanged since {@code known}. */
    public Fetched fetch(URI url, Validators known, Path zip) throws PackException {
        if ("file".equalsIgnoreCase(url.getScheme())) {
            return new SharedFolder(limits.maxBytes()).fetch(url, known, zip);
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

    /** Sends and writes a 200's body to {@code target}; any status but 200 and 304 is refused. */
    private HttpResponse<Long> send(HttpRequest request, Path target, long maxBytes, URI url) throws PackException {
        CompletableFuture<HttpResponse<Long>> answer = client.sendAsync(request, info ->
                info.statusCode() == 200 ? new LimitedDownload(target, maxBytes)
                        : HttpResponse.BodySubscribers.replacing((long) -1));
        try {
            // the request timeout covers the wait for the headers; this one the whole body too
            HttpResponse<Long> response = answer.get(limits.requestTimeout().toMillis() + 500, TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200 && response.statusCode() != 304) {
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
