package org.crampguide.hold;

/** 16-bit mono samples of sine beeps, faded in and out so that they start and stop without a click. */
final class Tone {
    private static final double RATE = ToneCues.FORMAT.getSampleRate();
    private static final double FADE_MS = 12;
    private static final double LOUDNESS = 0.45 * Short.MAX_VALUE;

    /** A beep of {@code hertz} for {@code millis}; a rest is a beep of 0 Hz. */
    record Beep(double hertz, int millis) {
        static Beep rest(int millis) {
            return new Beep(0, millis);
        }
    }

    private Tone() {
    }

    /** The beeps one after another, as little-endian signed 16-bit samples. */
    static byte[] of(Beep... beeps) {
        int total = 0;
        for (Beep beep : beeps) {
            total += samples(beep);
        }
        byte[] pcm = new byte[total * 2];
        int at = 0;
        for (Beep beep : beeps) {
            int length = samples(beep);
            for (int i = 0; i < length; i++, at += 2) {
                short value = (short) Math.round(LOUDNESS * envelope(i, length) * Math.sin(2 * Math.PI * beep.hertz() * i / RATE));
                pcm[at] = (byte) value;
                pcm[at + 1] = (byte) (value >> 8);
            }
        }
        return pcm;
    }

    private static int samples(Beep beep) {
        return (int) (RATE * beep.millis() / 1000);
    }

    /** 0 at both ends, rising to 1 over the fade. */
    private static double envelope(int sample, int length) {
        double fade = RATE * FADE_MS / 1000;
        return Math.min(1, Math.min(sample, length - 1 - sample) / fade);
    }
}
