package org.crampguide.app;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A window size given on the command line as {@code WIDTHxHEIGHT}. */
record WindowSize(int width, int height) {
    static final int MIN = 320;
    static final int MAX = 10_000;

    static final class Converter implements ITypeConverter<WindowSize> {
        @Override
        public WindowSize convert(String value) {
            String[] parts = value.toLowerCase(java.util.Locale.ROOT).split("x");
            try {
                if (parts.length == 2) {
                    int width = Integer.parseInt(parts[0].trim());
                    int height = Integer.parseInt(parts[1].trim());
                    if (width >= MIN && height >= MIN && width <= MAX && height <= MAX) {
                        return new WindowSize(width, height);
                    }
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("'" + value + "' is not a window size: use WIDTHxHEIGHT with each between "
                    + MIN + " and " + MAX + ", e.g. 1280x800");
        }
    }
}
