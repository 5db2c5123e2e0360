package org.crampguide.commands;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crampguide.content.Problem;
import org.crampguide.kiosk.settings.KioskConfig;
import org.crampguide.kiosk.settings.KioskConfigReader;
import org.crampguide.usage.UsageDatabase;
import org.crampguide.usage.UsageExport;
import org.crampguide.usage.UsageFile;

/**
 * {@code --export-usage FILE.csv}: the kiosk's usage counts (found through its settings) as CSV,
 * without a window; {@code -} writes them to standard output. Only a regular file is written (or
 * replaced): a device, a folder or a pipe named instead is refused, never replaced by a file.
 */
public final class UsageExportCommand {
    static final int EXIT_FAILED = 1;

    private UsageExportCommand() {
    }

    public static int run(Path kioskConfigFile, Path csv, PrintWriter out, PrintWriter err) {
        boolean toOutput = csv.toString().equals("-");
        if (!toOutput && Files.exists(csv) && !Files.isRegularFile(csv, LinkOption.NOFOLLOW_LINKS)) {
            err.println("cramp-guide: --export-usage: " + csv + " is not a regular file; name a new or existing .csv file,"
                    + " or - for standard output");
            return EXIT_FAILED;
        }
        List<Problem> problems = new ArrayList<>();
        Optional<KioskConfig> config = new KioskConfigReader().read(kioskConfigFile, problems);
        if (config.isEmpty()) {
            err.println("cramp-guide: --export-usage: the kiosk config has a problem: " + problems.get(0));
            return EXIT_FAILED;
        }
        Path database = UsageFile.beside(config.get().logFolder());
        if (!Files.isRegularFile(database)) {
            err.println("cramp-guide: --export-usage: there is no usage database at " + database
                    + " (the kiosk keeps one in kiosk mode while usageStats is true)");
            return EXIT_FAILED;
        }
        try (UsageDatabase opened = UsageDatabase.open(database)) {
            if (toOutput) {
                UsageExport.write(opened.rows(), out, ZoneId.systemDefault());
                return out.checkError() ? EXIT_FAILED : 0;
            }
            int rows = UsageExport.write(opened, csv, ZoneId.systemDefault());
            out.println("Wrote " + rows + " rows of hourly usage counts to " + csv.toAbsolutePath());
            return 0;
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            err.println("cramp-guide: --export-usage: could not export " + database + " to " + csv + ": " + message);
            return EXIT_FAILED;
        }
    }
}
