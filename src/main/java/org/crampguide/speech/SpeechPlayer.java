package org.crampguide.speech;

import org.crampguide.threads.DaemonThreads;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.crampguide.content.Language;
import org.crampguide.hold.Pcm16;
import org.crampguide.hold.ToneCues;

/**
 * Speaks through an engine and the same sound lines as the hold's tones, on a daemon thread of its
 * own. Each {@link #say} cuts the utterance before it (its process stopped, its line flushed) and
 * supersedes any still waiting, so nothing queues up. The engine and a sound line are checked once,
 * off the caller's thread; without either, the player is silent and its status says why, and a
 * failure later is logged once and never thrown.
 */
public final class SpeechPlayer implements Speech, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SpeechPlayer.class.getName());
    private static final int CHUNK = 2048;

    private final SpeechEngine engine;
    private final ToneCues.Lines lines;
    private final double volume;
    private final LongConsumer firstAudio;
    private final ExecutorService voice = Executors.newSingleThreadExecutor(DaemonThreads.named("speech"));
    /** The latest say or stop; an utterance older than it stops where it is. */
    private final AtomicLong latest = new AtomicLong();
    private final AtomicBoolean failureLogged = new AtomicBoolean();
    private volatile SpeechStatus status = SpeechStatus.unavailable("not checked yet");
    private volatile SpeechEngine.Utterance speaking;
    private volatile SourceDataLine line;

    /**
     * @param volume 0 to 1, the same as the hold's tones
     * @param firstAudio told the {@link System#nanoTime()} when each utterance's first audio is
     *        written to its line (the benchmark's measure); may do nothing
     */
    public SpeechPlayer(SpeechEngine engine, ToneCues.Lines lines, double volume, LongConsumer firstAudio) {
        this.engine = engine;
        this.lines = lines;
        this.volume = Math.max(0, Math.min(1, volume));
        this.firstAudio = firstAudio;
        voice.execute(this::check);
    }

    /** espeak-ng on the system's sound device. */
    public static SpeechPlayer system(int rate, double volume) {
        return new SpeechPlayer(new EspeakEngine("espeak-ng", rate), AudioSystem::getSourceDataLine, volume, at -> { });
    }

    private void check() {
        try {
            checkNow();
        } catch (RuntimeException | LinkageError e) {
            status = SpeechStatus.unavailable("the check failed: " + e);
            LOG.log(System.Logger.Level.WARNING, status.toString());
        }
    }

    private void checkNow() {
        SpeechStatus engineStatus = engine.check();
        if (!engineStatus.available()) {
            status = engineStatus;
        } else {
            try {
                SourceDataLine probe = lines.line(ToneCues.FORMAT);
                probe.open(ToneCues.FORMAT);
                probe.close();
                status = engineStatus;
            } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
                status = SpeechStatus.unavailable("no sound device: " + e.getMessage());
            }
        }
        LOG.log(System.Logger.Level.INFO, status.toString());
    }

    @Override
    public void say(String text, Language language) {
        long mine = latest.incrementAndGet();
        cut();
        voice.execute(() -> speak(mine, text, language));
    }

    @Override
    public void stop() {
        latest.incrementAndGet();
        cut();
    }

    @Override
    public SpeechStatus status() {
        return status;
    }

    /** Waits until the player has checked its engine and device and spoken what it was told, for tests. */
    void settle() throws Exception {
        voice.submit(() -> { }).get();
    }

    private void cut() {
        SpeechEngine.Utterance was = speaking;
        if (was != null) {
            was.close();
        }
        SourceDataLine playing = line;
        if (playing != null) {
            playing.stop();
            playing.flush();
        }
    }

    private void speak(long mine, String text, Language language) {
        if (mine != latest.get() || !status.available() || text == null || text.isBlank()) {
            return;
        }
        try (SpeechEngine.Utterance utterance = engine.start(text, language)) {
            speaking = utterance;
            if (mine != latest.get()) {
                return; // cut while starting
            }
            play(mine, AudioSystem.getAudioInputStream(new BufferedInputStream(utterance.wav())));
        } catch (IOException | UnsupportedAudioFileException | LineUnavailableException | IllegalArgumentException e) {
            if (mine == latest.get() && failureLogged.compareAndSet(false, true)) {
                LOG.log(System.Logger.Level.WARNING, "speech failed; the guide goes on without it: " + e);
            }
        } finally {
            speaking = null;
        }
    }

    private void play(long mine, AudioInputStream wav) throws IOException, LineUnavailableException {
        AudioFormat format = wav.getFormat();
        SourceDataLine out = lines.line(format);
        out.open(format);
        line = out;
        try {
            out.start();
            byte[] chunk = new byte[CHUNK];
            boolean first = true;
            int read;
            while (mine == latest.get() && (read = wav.read(chunk)) > 0) {
                Pcm16.scale(chunk, read, volume);
                out.write(chunk, 0, read);
                if (first) {
                    first = false;
                    firstAudio.accept(System.nanoTime());
                }
            }
            if (mine == latest.get()) {
                out.drain();
            }
        } finally {
            line = null;
            out.close();
        }
    }

    @Override
    public void close() {
        stop();
        voice.shutdownNow();
    }
}
