package org.crampguide.packs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body written to a file as it arrives, stopped (and the connection given up) as soon
 * as it passes {@code maxBytes}: a server cannot fill the kiosk's disk or memory.
 */
final class LimitedDownload implements HttpResponse.BodySubscriber<Long> {
    /** The body went past the limit; what was written so far is to be thrown away. */
    static final class TooBig extends IOException {
        TooBig(long maxBytes) {
            super("is bigger than the limit of " + maxBytes + " bytes");
        }
    }

    private final FileChannel file;
    private final long maxBytes;
    private final CompletableFuture<Long> done = new CompletableFuture<>();
    private Flow.Subscription subscription;
    private long written;

    LimitedDownload(Path target, long maxBytes) {
        try {
            this.file = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.CREATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public CompletionStage<Long> getBody() {
        return done;
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        try {
            for (ByteBuffer buffer : buffers) {
                written += buffer.remaining();
                if (written > maxBytes) {
                    throw new TooBig(maxBytes);
                }
                while (buffer.hasRemaining()) {
                    file.write(buffer);
                }
            }
            subscription.request(1);
        } catch (IOException e) {
            subscription.cancel();
            fail(e);
        }
    }

    @Override
    public void onError(Throwable error) {
        fail(error);
    }

    @Override
    public void onComplete() {
        try {
            file.force(true);
            file.close();
            done.complete(written);
        } catch (IOException e) {
            fail(e);
        }
    }

    private void fail(Throwable error) {
        try {
            file.close();
        } catch (IOException ignored) {
            // the download failed already; the file is thrown away
        }
        done.completeExceptionally(error);
    }
}
