package org.crampguide.app;

import org.crampguide.theme.Draws;

import org.crampguide.commands.ExitCodes;

import org.crampguide.commands.ContentCheck;
import org.crampguide.commands.PackCommands;
import org.crampguide.commands.PinPrompt;
import org.crampguide.commands.UsageExportCommand;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.crampguide.content.BundledPack;
import org.crampguide.content.ContentPack;
import org.crampguide.content.DirectoryPack;
import org.crampguide.content.EmergencyContact;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Language;
import org.crampguide.kiosk.settings.KioskConfig;
import org.crampguide.kiosk.settings.KioskConfigReader;
import org.crampguide.kiosk.StateFolderLock;
import org.crampguide.content.Muscle;
import org.crampguide.content.Problem;
import org.crampguide.library.ContentSource;
import org.crampguide.library.GuideLibrary;
import org.crampguide.library.GuidePack;
import org.crampguide.packs.PackStore;
import picocli.CommandLine;

/**
 * Starts Cramp Guide: parses the command line, reads and checks the content, and only then opens
 * the window. Bad options or bad content end here with a clear message and a non-zero exit code.
 */
@Draws
public final class Launcher {

    private static final System.Logger LOG = System.getLogger(Launcher.class.getName());

    private Launcher() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        boolean window = opensAWindow(args) && Toolkit.displayOrExit(out, err);
        CompletableFuture<Void> toolkit = window ? Toolkit.startAside() : null;
        Startup startup = prepare(args, new BundledPack(), out, err);
        if (startup.exitCode() >= 0) {
            Toolkit.exit(startup.exitCode(), toolkit != null, out, err);
        }
        try {
            if (toolkit == null) {
                Platform.startup(() -> open(startup, started));
            } else {
                toolkit.join(); // a toolkit that cannot start (a display that does not answer) fails here
                Platform.runLater(() -> open(startup, started));
            }
        } catch (RuntimeException e) {
            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
            err.println("cramp-guide: cannot open a window: " + cause.getMessage());
            System.exit(ExitCodes.USAGE);
        }
    }

    /** Whether the arguments (read quietly; {@link #prepare} reports their mistakes) open the window. */
    private static boolean opensAWindow(String[] args) {
        Options options = new Options();
        try {
            CommandLine line = new CommandLine(options);
            line.parseArgs(args);
            return !line.isUsageHelpRequested() && !line.isVersionHelpRequested() && options.opensAWindow();
        } catch (CommandLine.ParameterException e) {
            return false;
        }
    }

    /** What {@link #prepare} decided: open the window with this guide, or exit with this code. */
    public record Startup(int exitCode, Options options, ContentSource content, GuideLibrary library, Language language,
            KioskConfig kiosk) {
        static Startup exit(int code) {
            return new Startup(code, null, null, null, null, null);
        }

        GuidePack pack() {
            return library.in(language);
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
    public static Startup prepare(String[] args, ContentPack bundled, PrintWriter out, PrintWriter err) {
        try {
            Options options = parse(args, out, err);
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
            return new Startup(-1, options, read.source(), shown, language, kiosk);
        } catch (Stop stop) {
            return Startup.exit(stop.code);
        }
    }

    /** The options; help and version are printed here, and stop the start (as does a wrong option). */
    private static Options parse(String[] args, PrintWriter out, PrintWriter err) throws Stop {
        Options options = new Options();
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

    private static void open(Startup startup, long started) {
        try {
            show(startup, started);
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

    /**
     * Builds and shows the window for a prepared start: the guide, its live content (a folder pack
     * is watched; staff's Reload reads the pack again) and, with --kiosk, kiosk mode. Call on the
     * JavaFX thread.
     */
    static Stage show(Startup startup, long started) {
        StateFolderLock lock = startup.kiosk() == null ? null : StartRefused.lock(startup.kiosk().stateFolder());
        CrampGuide.applyTheme();
        CrampGuide guide = new CrampGuide(startup.library(), startup.language(), () -> System.nanoTime() / 1_000_000,
                Voices.forStart(startup.options(), startup.kiosk()));
        guide.playTones(!startup.options().quiet);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowSize size = startup.options().window;
        double width = size == null ? screen.getWidth() : Math.min(size.width(), screen.getWidth());
        double height = size == null ? screen.getHeight() : Math.min(size.height(), screen.getHeight());
        Stage stage = new Stage();
        stage.setTitle(guide.messages().getString("app.title"));
        stage.setScene(guide.createScene(width, height));
        stage.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        stage.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        if (startup.options().select != null) {
            guide.model().select(startup.options().select);
        }
        Closeables opened = new Closeables();
        if (lock != null) {
            opened.add("state folder lock", lock);
        }
        LiveContent live = opened.add("pack watcher", new LiveContent(startup.content(), guide, Platform::runLater));
        if (startup.kiosk() == null || !startup.kiosk().contentUpdates().on()) {
            live.watch(Duration.ofMillis(400)); // a chain's downloaded pack changes only through its updates
        }
        guide.onReload(live::reload);
        if (startup.kiosk() != null) {
            new RunningKiosk(stage, guide, startup.kiosk(), startup.content(), startup.options().hideCursor, started, opened);
        }
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> opened.close());
        stage.setOnShown(e -> {
            if (startup.kiosk() == null) {
                // JavaFX 21 on GTK under a window manager can open the window at its minimum size
                // instead of the scene's (JDK-8316423, fixed in JavaFX 22): ask for the size again
                Platform.runLater(stage::sizeToScene);
            }
            LOG.log(System.Logger.Level.INFO, "window shown {0} ms after launch", (System.nanoTime() - started) / 1_000_000);
        });
        stage.show();
        return stage;
    }
}
