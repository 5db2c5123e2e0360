package org.crampguide.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.crampguide.content.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Option;

/** The command-line options, parsed before the window opens. */
@Command(name = "cramp-guide", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "What to do when a muscle cramps during or after training: click the muscle on the body map.",
        sortOptions = false)
final class Options {

    @Option(names = "--select", paramLabel = "MUSCLE",
            description = "Open with this muscle selected: one of the muscle ids in the content (calves, hamstrings, quadriceps, feet, forearms, chest, abdomen).")
    String select;

    @Option(names = "--content", paramLabel = "DIR",
            description = "Run on a content pack: a folder laid out like assets/ (content/<language>/*.json, bodymap/*.svg). Files it lacks come from the bundled pack.")
    Path content;

    @Option(names = "--check-content", paramLabel = "DIR",
            description = "Check a content pack without opening a window: print every problem as file:line:column: message, exit 0 when it is usable, 1 when not.")
    Path checkContent;

    @Option(names = "--lang", paramLabel = "LANGUAGE", converter = LanguageConverter.class,
            description = "Start in this language: en (English, the default) or ru (Russian).")
    Language language;

    @Option(names = "--kiosk", description = "Run as a gym kiosk: full screen, attract screen, idle reset, staff exit (needs a kiosk config with a staff PIN).")
    boolean kiosk;

    @Option(names = "--kiosk-config", paramLabel = "FILE",
            description = "The kiosk settings (default: ~/.config/cramp-guide/kiosk.json).")
    Path kioskConfig;

    @Option(names = "--hide-cursor", description = "In kiosk mode, hide the mouse pointer (for touch screens).")
    boolean hideCursor;

    @Option(names = "--quiet", description = "No tones from the stretch hold timer (it still flashes at halfway and at the end).")
    boolean quiet;

    @Option(names = "--speech", description = "Read each first-aid step and the hold's cues aloud (with espeak-ng; kiosks set \"speech\" in kiosk.json).")
    boolean speech;

    @Option(names = "--hash-pin", description = "Ask for a staff PIN and print the \"staffPin\" entry for the kiosk config; nothing else runs.")
    boolean hashPin;

    @Option(names = "--export-usage", paramLabel = "FILE.csv",
            description = "Write the kiosk's anonymous usage counts (the database named by the kiosk config) to a CSV file (or - for standard output) and exit: 0 when written, 1 when not.")
    Path exportUsage;

    @Option(names = "--make-key", paramLabel = "DIR",
            description = "Write a new Ed25519 key pair for signing content packs into DIR and print the public key for the kiosks' settings.")
    Path makeKey;

    @Option(names = "--make-pack", paramLabel = "PACKDIR",
            description = "Check the pack in PACKDIR as --check-content does and, when it is usable, write a signed pack (with --key and --out).")
    Path makePack;

    @Option(names = "--key", paramLabel = "PRIVATE.key", description = "With --make-pack: the private key that signs it.")
    Path key;

    @Option(names = "--out", paramLabel = "pack.zip", description = "With --make-pack: where the pack goes (and its signature, pack.zip.sig).")
    Path out;

    @Option(names = "--pack-version", paramLabel = "TEXT",
            description = "With --make-pack: the pack's version (default: the time it is made, e.g. 2025.03.01-143000).")
    String packVersion;

    @Option(names = "--window", paramLabel = "WIDTHxHEIGHT", converter = WindowSize.Converter.class,
            description = "Window size in pixels, e.g. 1280x800 (default: fill the screen).")
    WindowSize window;

    /** Whether these options open the guide's window (no one-shot command that runs and ends). */
    boolean opensAWindow() {
        return checkContent == null && makeKey == null && makePack == null && !hashPin && exportUsage == null;
    }

    /** The kiosk config file: the one given, or the default in the user's config folder. */
    Path kioskConfigFile() {
        return kioskConfig != null ? kioskConfig
                : Path.of(System.getProperty("user.home"), ".config", "cramp-guide", "kiosk.json");
    }

    /** Reads a language code such as {@code ru}. */
    static final class LanguageConverter implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.ofCode(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is not a language of the guide; choose one of: "
                    + Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(", "))));
        }
    }
}
