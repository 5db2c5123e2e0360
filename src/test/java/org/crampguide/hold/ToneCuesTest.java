package org.crampguide.hold;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.Test;

/** The tones: off by the setting, played off the caller's thread, and harmless where there is no sound. */
class ToneCuesTest {
    /** A line that keeps what is written to it and counts what is done with it. */
    private static SourceDataLine recordingLine(ByteArrayOutputStream written, List<String> calls) {
        return (SourceDataLine) Proxy.newProxyInstance(ToneCuesTest.class.getClassLoader(),
                new Class<?>[] {SourceDataLine.class}, (proxy, method, args) -> {
                    calls.add(method.getName());
                    if (method.getName().equals("write")) {
                        written.write((byte[]) args[0], (int) args[1], (int) args[2]);
                        return args[2];
                    }
                    return nothing(method.getReturnType());
                });
    }

    /** What a method of the stand-in line answers: nothing, in the type it returns. */
    private static Object nothing(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == float.class) {
            return 0f;
        }
        return null;
    }

    @Test
    void theSettingOffOpensNoLineThroughAWholeHold() {
        AtomicInteger lines = new AtomicInteger();
        ToneCues cues = new ToneCues(false, format -> {
            lines.incrementAndGet();
            throw new LineUnavailableException("must not be asked");
        }, Runnable::run);
        AtomicLong now = new AtomicLong();
        HoldPlayer player = new HoldPlayer(now::get, cues);
        player.ready(10);
        player.start();
        for (int i = 0; i < 60; i++) {
            now.addAndGet(250);
            player.tick();
        }
        assertEquals(HoldPlayer.State.DONE, player.stateProperty().get());
        assertEquals(0, lines.get());
    }

    @Test
    void withTheSettingOnEachCuePlaysItsToneToTheEnd() {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        List<String> calls = new CopyOnWriteArrayList<>();
        ToneCues cues = new ToneCues(true, format -> recordingLine(written, calls), Runnable::run);
        cues.halfway();
        int halfway = written.size();
        assertEquals(180 * 44_100 / 1000 * 2, halfway, "180 ms of 16-bit mono at 44.1 kHz");
        cues.end();
        assertTrue(written.size() - halfway > halfway, "the end's rising pair is longer than the halfway beep");
        assertEquals(List.of("open", "start", "write", "drain", "close"), calls.subList(0, 5));
        assertEquals(10, calls.size());
    }

    @Test
    void aToneStartsAndEndsInSilenceSoItDoesNotClick() {
        byte[] beep = Tone.of(new Tone.Beep(880, 180));
        assertEquals(0, sample(beep, 0));
        assertEquals(0, sample(beep, beep.length / 2 - 1));
        int loudest = 0;
        for (int i = 0; i < beep.length / 2; i++) {
            loudest = Math.max(loudest, Math.abs(sample(beep, i)));
        }
        assertTrue(loudest > Short.MAX_VALUE / 3 && loudest < Short.MAX_VALUE, "loud enough, never clipped: " + loudest);
    }

    private static int sample(byte[] pcm, int index) {
        return (short) ((pcm[2 * index] & 0xff) | (pcm[2 * index + 1] << 8));
    }

    @Test
    void noSoundDeviceIsNotAnError() {
        AtomicInteger asked = new AtomicInteger();
        ToneCues noLine = new ToneCues(true, format -> {
            asked.incrementAndGet();
            throw new LineUnavailableException("no mixer");
        }, Runnable::run);
        ToneCues unsupported = new ToneCues(true, format -> {
            asked.incrementAndGet();
            throw new IllegalArgumentException("no line matching interface SourceDataLine is supported");
        }, Runnable::run);
        ToneCues brokenLibrary = new ToneCues(true, format -> {
            asked.incrementAndGet();
            throw new UnsatisfiedLinkError("libjsound.so");
        }, Runnable::run);
        for (ToneCues cues : List.of(noLine, unsupported, brokenLibrary)) {
            assertDoesNotThrow(cues::halfway);
            assertDoesNotThrow(cues::end);
        }
        assertEquals(6, asked.get(), "each cue tried its line and went quiet");
    }

    @Test
    void theSystemsOwnSoundReturnsWithOrWithoutADevice() {
        ToneCues cues = new ToneCues(true, AudioSystem::getSourceDataLine, Runnable::run);
        assertDoesNotThrow(cues::halfway);
    }

    @Test
    void tonesPlayOnADaemonThreadAndNeverOnTheCallers() throws InterruptedException {
        CountDownLatch played = new CountDownLatch(1);
        List<Thread> players = new CopyOnWriteArrayList<>();
        ToneCues cues = new ToneCues(true, format -> {
            players.add(Thread.currentThread());
            played.countDown();
            throw new LineUnavailableException("no speakers");
        });
        cues.end();
        assertTrue(played.await(10, TimeUnit.SECONDS));
        assertNotEquals(Thread.currentThread(), players.get(0));
        assertTrue(players.get(0).isDaemon(), "a tone never keeps the app from closing");
    }
}
