package org.crampguide.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's options table lists exactly the options {@code --help} prints: none missing, none extra. */
class ReadmeOptionsTest {
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--?[A-Za-z][\\w-]*");

    @Test
    void theOptionsTableNamesEveryOptionOfHelpAndNoOther() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("### Command-line options");
        assertTrue(start >= 0, "the README has a Command-line options section");
        int end = readme.indexOf("\n#", start + 1);
        Set<String> listed = new TreeSet<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            if (line.startsWith("| `")) {
                Matcher option = OPTION.matcher(line.split("\\|")[1]); // the first column only
                while (option.find()) {
                    listed.add(option.group());
                }
            }
        }
        Set<String> help = new TreeSet<>();
        new CommandLine(new Options()).getCommandSpec().options()
                .forEach(option -> help.addAll(Arrays.asList(option.names())));
        assertEquals(help, listed, "the README's options table against --help");
    }
}
