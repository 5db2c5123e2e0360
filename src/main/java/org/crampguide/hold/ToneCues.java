package org.crampguide.hold;

import org.crampguide.threads.DaemonThreads;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Short tones for the hold's cues, made here as sine waves: one beep at halfway, a rising pair at
 * the end. They play on a daemon thread of their own, never the caller's. Where there is no sound
 * device (a kiosk PC without speakers, a build machine) a tone is silently skipped: the failure is
 * logged once at DEBUG and nothing is thrown. With the setting off no line is ever opened.
 */
public final class ToneCues implements HoldCues {
    /** Gives a line to play a tone on: the system's by default, a stand-in in tests. */
    @FunctionalInterface
    public interface Lines {
        SourceDataLine line(AudioFormat format) throws LineUnavailableException;
    }

    /** The sound the tones are made in (16-bit mono); the voice checks for a sound device with it. */
    public static final AudioFormat FORMAT = new AudioFormat(44_100f, 16, 1, true, false);
    private static final System.Logger LOG = System.getLogger(ToneCues.class.getName());
    private static final byte[] HALFWAY = Tone.of(new Tone.Beep(880, 180));
    private static final byte[] END = Tone.of(new Tone.Beep(660, 200), Tone.Beep.rest(90), new Tone.Beep(990, 320));

    private final boolean on;
    private final Lines lines;
    private final Executor player;
    private final AtomicBoolean failureLogged = new AtomicBoolean();
    private final double volume;

    /** @param on the setting: false plays nothing and opens no line */
    public ToneCues(boolean on) {
        this(on, 1);
    }

    /** @param volume 0 to 1, the one the guide's voice uses too */
    public ToneCues(boolean on, double volume) {
        this(on, AudioSystem::getSourceDataLine, oneDaemonThread(), volume);
    }

    /** Tones on their own daemon thread, on lines from {@code lines}. */
    ToneCues(boolean on, Lines lines) {
        this(on, lines, oneDaemonThread());
    }

    /**
     * @param lines where a tone gets its line
     * @param player where tones are played (one at a time); never the JavaFX thread
     */
    public ToneCues(boolean on, Lines lines, Executor player) {
        this(on, lines, player, 1);
    }

    private ToneCues(boolean on, Lines lines, Executor player, double volume) {
        this.on = on;
        this.lines = lines;
        this.player = player;
        this.volume = Math.max(0, Math.min(1, volume));
    }

    @Override
    public void halfway() {
        play(HALFWAY);
    }

    @Override
    public void end() {
        play(END);
    }

    private void play(byte[] samples) {
        if (!on) {
            return;
        }
        try {
            byte[] loud = samples.clone();
            Pcm16.scale(loud, loud.length, volume);
            player.execute(() -> sound(loud));
        } catch (RejectedExecutionException busy) {
            // a tone is still playing and another waits: this one is dropped, the flash still shows
        }
    }

    private void sound(byte[] samples) {
        try {
            SourceDataLine line = lines.line(FORMAT);
            try (line) {
                line.open(FORMAT, samples.length);
                line.start();
                line.write(samples, 0, samples.length);
                line.drain();
            }
        } catch (LineUnavailableException | RuntimeException | LinkageError noSound) {
            if (failureLogged.compareAndSet(false, true)) {
                LOG.log(System.Logger.Level.DEBUG, "no sound for the hold's cues; they stay visual only", noSound);
            }
        }
    }

    /** One daemon thread, started for a tone and gone a few seconds after; at most one tone waits. */
    private static Executor oneDaemonThread() {
        return new ThreadPoolExecutor(0, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1),
                DaemonThreads.named("hold-tones"));
    }
}
