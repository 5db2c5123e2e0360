package org.crampguide.hold;

/** Volume for signed 16-bit little-endian sound, as espeak-ng writes it and the hold's tones are made. */
public final class Pcm16 {
    private Pcm16() {
    }

    /** Scales the first {@code length} bytes of {@code samples} by {@code volume} (0 to 1), in place. */
    public static void scale(byte[] samples, int length, double volume) {
        if (volume >= 1) {
            return;
        }
        for (int i = 0; i + 1 < length; i += 2) {
            int sample = (short) ((samples[i] & 0xff) | (samples[i + 1] << 8));
            int scaled = (int) Math.round(sample * volume);
            samples[i] = (byte) scaled;
            samples[i + 1] = (byte) (scaled >> 8);
        }
    }
}
