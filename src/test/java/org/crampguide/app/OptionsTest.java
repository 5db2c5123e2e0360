package org.crampguide.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A start with no options skips the parser, so its options must be the ones the parser gives for none. */
class OptionsTest {

    @Test
    void aStartWithNoOptionsHasEveryDefaultTheParserWouldGive() throws IllegalAccessException {
        Options parsed = new Options();
        new CommandLine(parsed).parseArgs();
        Options plain = new Options();
        List<Field> options = Arrays.stream(Options.class.getDeclaredFields())
                .filter(field -> field.isAnnotationPresent(CommandLine.Option.class)).toList();
        assertTrue(options.size() >= 10, "the options were not found: " + options);
        for (Field option : options) {
            option.setAccessible(true);
            assertEquals(option.get(parsed), option.get(plain), option.getName()
                    + ": the parser gives a default that a start with no options would miss");
        }
    }
}
