package org.crampguide.testing;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.SourceDataLine;
import org.crampguide.hold.ToneCues;

/**
 * Sound lines that play nothing and keep what was written to them, in place of a sound device:
 * each line's bytes and format, so a test knows how long each utterance lasted, and the threads
 * that wrote.
 */
public final class RecordingLines implements ToneCues.Lines {
    /** One line: its format and how many bytes were written to it. */
    public static final class Recorded {
        public final AudioFormat format;
        public final AtomicLong bytes = new AtomicLong();

        Recorded(AudioFormat format) {
            this.format = format;
        }

        /** Seconds of sound written. */
        public double seconds() {
            return bytes.get() / (double) (format.getFrameSize() * format.getFrameRate());
        }
    }

    public final List<Recorded> lines = new CopyOnWriteArrayList<>();
    public final Set<String> writers = ConcurrentHashMap.newKeySet();
    private final boolean realTime;

    /** Lines that take what is written at once. */
    public RecordingLines() {
        this(false);
    }

    /**
     * @param realTime whether a write takes as long as its sound would play, as a sound card's
     *                 does once its buffer is full (so that what cuts a sound finds it still playing)
     */
    public RecordingLines(boolean realTime) {
        this.realTime = realTime;
    }

    @Override
    public SourceDataLine line(AudioFormat format) {
        Recorded recorded = new Recorded(format);
        lines.add(recorded);
        return (SourceDataLine) Proxy.newProxyInstance(SourceDataLine.class.getClassLoader(),
                new Class<?>[] {SourceDataLine.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "write" -> {
                            writers.add(Thread.currentThread().getName());
                            recorded.bytes.addAndGet((Integer) args[2]);
                            if (realTime) {
                                try {
                                    Thread.sleep(Math.round((Integer) args[2] * 1000.0
                                            / (format.getFrameSize() * format.getFrameRate())));
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt(); // a line's write is not interrupted
                                }
                            }
                            return args[2];
                        }
                        case "getFormat" -> {
                            return format;
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        case "toString" -> {
                            return "a recording line";
                        }
                        default -> {
                            return nothing(method.getReturnType());
                        }
                    }
                });
    }

    /** What a line that does nothing answers: false, zero or nothing. */
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

    /** The lines that carried speech (the first is the player's check for a device, which writes nothing). */
    public List<Recorded> spoken() {
        return lines.stream().filter(line -> line.bytes.get() > 0).toList();
    }
}
