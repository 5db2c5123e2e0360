package org.crampguide.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command-line options, parsed before the window opens. */
@Command(name = "cramp-guide", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "What to do when a muscle cramps during or after training: click the muscle on the body map.",
        sortOptions = false)
final class Options {

    @Option(names = "--select", paramLabel = "MUSCLE",
            description = "Open with this muscle selected: one of the muscle ids in the content (calves, hamstrings, quadriceps, feet, forearms, chest).")
    String select;

    @Option(names = "--window", paramLabel = "WIDTHxHEIGHT", converter = WindowSize.Converter.class,
            description = "Window size in pixels, e.g. 1280x800 (default: fill the screen).")
    WindowSize window;
}
