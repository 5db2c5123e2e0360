package org.crampguide.app;


import org.crampguide.commands.ExitCodes;

import org.crampguide.commands.ContentCheck;
import org.crampguide.commands.PackCommands;
import org.crampguide.commands.PinPrompt;
import org.crampguide.commands.UsageExportCommand;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.application.Platform;
import org.crampguide.content.BundledPack;
import org.crampguide.content.ContentPack;
import org.crampguide.content.DirectoryPack;
import org.crampguide.content.EmergencyContact;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Language;
import org.crampguide.kiosk.settings.KioskConfig;
import org.crampguide.kiosk.settings.KioskConfigReader;
import org.crampguide.content.Muscle;
import org.crampguide.content.Problem;
import org.crampguide.library.ContentSource;
import org.crampguide.library.GuideLibrary;
import org.crampguide.packs.PackStore;
import picocli.CommandLine;

/**
 * Starts Cramp Guide: parses the command line, reads and checks the content, and only then opens
 * the window. Bad options or bad content end here with a clear message and a non-zero exit code.
 */
public final class Launcher {

    private static final System.Logger LOG = System.getLogger(Launcher.class.getName());

    private Launcher() {
    }

    public static void main(String[] args) {
        StartSteps steps = StartSteps.sinceLaunch(System.nanoTime());
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        Options options;
        try {
            options = parse(args, out, err);
        } catch (Stop stop) {
            Toolkit.exit(stop.code, false, out, err);
            return;
        }
        steps.done("options");
        boolean window = options.opensAWindow() && Toolkit.displayOrExit(out, err);
        CompletableFuture<Void> toolkit = window ? Toolkit.startAside(Wiring::whileContentIsRead) : null;
        StartPlan plan = prepare(options, new BundledPack(), out, err);
        steps.done("content read and checked");
        if (plan instanceof StartPlan.Exit exit) {
            Toolkit.exit(exit.code(), toolkit != null, out, err);
            return;
        }
        StartPlan.Window open = (StartPlan.Window) plan;
        try {
            if (toolkit == null) {
                Platform.startup(() -> open(open, steps));
            } else {
                toolkit.join(); // a toolkit that cannot start (a display that does not answer) fails here
                steps.done("toolkit (started beside the content)");
                Platform.runLater(() -> open(open, steps));
            }
        } catch (RuntimeException e) {
            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
            err.println("cramp-guide: cannot open a window: " + cause.getMessage());
            System.exit(ExitCodes.USAGE);
        }
    }

    /** A start that stops before the window, with the exit code; what went wrong is printed already. */
    private static final class Stop extends Exception {
        private final int code;

        Stop(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    /**
     * Everything before the window: options and content. Prints what is wrong; never throws.
     * {@code bundled} is the pack that ships with the app (a pack folder overrides it file by file).
     */
    public static StartPlan prepare(String[] args, ContentPack bundled, PrintWriter out, PrintWriter err) {
        try {
            return prepare(parse(args, out, err), bundled, out, err);
        } catch (Stop stop) {
            return new StartPlan.Exit(stop.code);
        }
    }

    /** The start for options parsed already: a one-shot command runs here; otherwise the content is read. */
    private static StartPlan prepare(Options options, ContentPack bundled, PrintWriter out, PrintWriter err) {
        try {
            runCommand(options, bundled, out, err);
            KioskConfig kiosk = options.kiosk ? readKiosk(options, err) : null;
            Language language = options.language != null ? options.language
                    : kiosk != null ? kiosk.language() : Language.ENGLISH;
            ReadContent read = readContent(options, kiosk, bundled, err);
            GuideLibrary shown = read.library().shownWith(kiosk == null
                    ? EmergencyContact.DESKTOP : EmergencyContact.kiosk(kiosk.emergencyNumber()));
            GuideContent content = shown.in(language).content();
            if (options.select != null && content.muscle(options.select).isEmpty()) {
                err.println("cramp-guide: --select: there is no muscle \"" + options.select + "\"; choose one of: "
                        + content.muscles().stream().map(Muscle::id).collect(Collectors.joining(", ")));
                throw new Stop(ExitCodes.USAGE);
            }
            return new StartPlan.Window(options, read.source(), shown, language, Optional.ofNullable(kiosk));
        } catch (Stop stop) {
            return new StartPlan.Exit(stop.code);
        }
    }

    /** The options; help and version are printed here, and stop the start (as does a wrong option). */
    private static Options parse(String[] args, PrintWriter out, PrintWriter err) throws Stop {
        Options options = new Options();
        if (args.length == 0) {
            return options; // the defaults, without loading the parser: the plain start is the common one
        }
        CommandLine commandLine = new CommandLine(options).setOut(out).setErr(err);
        try {
            commandLine.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            err.println("cramp-guide: " + e.getMessage());
            err.println("Run with --help to see the options.");
            throw new Stop(ExitCodes.USAGE);
        }
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(out);
            throw new Stop(0);
        }
        if (commandLine.isVersionHelpRequested()) {
            commandLine.printVersionHelp(out);
            throw new Stop(0);
        }
        return options;
    }

    /** A one-shot command (check content, make a key or a pack, hash a PIN, export usage) runs and ends the start. */
    private static void runCommand(Options options, ContentPack bundled, PrintWriter out, PrintWriter err) throws Stop {
        if (options.checkContent != null) {
            throw new Stop(ContentCheck.run(options.checkContent, bundled, out));
        }
        if (options.makeKey != null) {
            throw new Stop(PackCommands.makeKey(options.makeKey, out, err));
        }
        if (options.makePack != null) {
            throw new Stop(PackCommands.makePack(options.makePack, options.key, options.out, options.packVersion,
                    bundled, Clock.systemUTC(), out, err));
        }
        if (options.hashPin) {
            throw new Stop(PinPrompt.run(out, err));
        }
        if (options.exportUsage != null) {
            throw new Stop(UsageExportCommand.run(options.kioskConfigFile(), options.exportUsage, out, err));
        }
    }

    private static KioskConfig readKiosk(Options options, PrintWriter err) throws Stop {
        List<Problem> problems = new ArrayList<>();
        Optional<KioskConfig> config = new KioskConfigReader().read(options.kioskConfigFile(), problems);
        if (config.isEmpty()) {
            if (problems.size() == 1) {
                err.println("Cramp Guide cannot start the kiosk: " + problems.get(0));
            } else {
                err.println("Cramp Guide cannot start the kiosk: the kiosk config has " + problems.size() + " problems:");
                problems.forEach(problem -> err.println("  " + problem));
            }
            throw new Stop(ExitCodes.BAD_CONTENT);
        }
        return config.get();
    }

    /**
     * The pack the guide starts on, read and checked: a folder over the bundled pack (--content), a
     * chain kiosk's last good download, or the bundled pack. Warnings are printed; errors stop the start.
     */
    private static ReadContent readContent(Options options, KioskConfig kiosk, ContentPack bundled, PrintWriter err)
            throws Stop {
        ContentPack contentPack = bundled;
        if (options.content != null) {
            try {
                contentPack = DirectoryPack.over(options.content, bundled);
            } catch (DirectoryPack.PackNotFoundException e) {
                err.println("cramp-guide: --content " + e.getMessage());
                throw new Stop(ExitCodes.USAGE);
            }
        }
        boolean downloaded = options.content == null && kiosk != null && kiosk.contentUpdates().on();
        if (downloaded) { // the last good pack from the chain, if any
            contentPack = PackStore.inStateFolder(kiosk.stateFolder()).startingPack(bundled);
        }
        ContentSource source = new ContentSource(contentPack, Clock.systemDefaultZone());
        ContentSource.Outcome outcome = source.read();
        if (downloaded && contentPack != bundled && outcome.library().isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "the last downloaded pack does not load (" + outcome.errors()
                    + "); starting on the bundled guide until a good pack comes");
            source = new ContentSource(bundled, Clock.systemDefaultZone());
            outcome = source.read();
        }
        List<Problem> errors = outcome.errors();
        if (outcome.library().isEmpty()) {
            err.println("Cramp Guide cannot start: the content has " + errors.size()
                    + (errors.size() == 1 ? " problem:" : " problems:"));
            errors.forEach(problem -> err.println("  " + problem));
            throw new Stop(ExitCodes.BAD_CONTENT);
        }
        outcome.problems().stream().filter(p -> !p.isError()).forEach(warning -> err.println("cramp-guide: " + warning));
        return new ReadContent(source, outcome.library().get());
    }

    /** The pack the guide runs on, and what it gave at start-up. */
    private record ReadContent(ContentSource source, GuideLibrary library) {
    }

    private static void open(StartPlan.Window plan, StartSteps steps) {
        try {
            Wiring.show(plan, steps);
        } catch (StartRefused e) {
            System.err.println(e.getMessage());
            Platform.exit();
            System.exit(ExitCodes.USAGE);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Cramp Guide could not open its window", e);
            System.err.println("Cramp Guide could not open its window: " + e.getMessage());
            Platform.exit();
            System.exit(ExitCodes.BAD_CONTENT);
        }
    }
}
