package org.crampguide.usage;

import org.crampguide.theme.Draws;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Parent;

/**
 * What staff do with the usage counts: look at them on the Usage screen and export them as CSV.
 * Both read the database through a connection of their own on a background executor (the
 * recorder's writer goes on meanwhile: WAL lets one write while others read).
 */
@Draws
public final class UsageDesk {
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private final Path database;
    private final Path exportFolder;
    private final Clock clock;
    private final Executor background;

    public UsageDesk(Path database, Path exportFolder, Clock clock, Executor background) {
        this.database = database;
        this.exportFolder = exportFolder;
        this.clock = clock;
        this.background = background;
    }

    /** The Usage screen, its figures being read. */
    public Parent screen(ResourceBundle messages, Function<String, String> muscleName, Runnable close) {
        UsageViewModel model = new UsageViewModel(this::report, background, Platform::runLater);
        Parent screen = UsageView.create(new UsageView(model, messages, muscleName, close));
        model.load();
        return screen;
    }

    /** The figures now (on the background executor). */
    UsageReport report() throws Exception {
        Instant now = clock.instant();
        if (!Files.exists(database)) {
            return UsageReport.from(java.util.List.of(), now, clock.getZone());
        }
        try (UsageDatabase opened = UsageDatabase.open(database)) {
            return UsageReport.from(opened.rows(now.minus(UsageReport.SPAN), now.plus(Duration.ofHours(1))), now,
                    clock.getZone());
        }
    }

    /** Writes {@code cramp-guide-usage-<date>-<time>.csv} to the export folder; answers with one line. */
    public CompletableFuture<String> export(ResourceBundle messages) {
        return CompletableFuture.supplyAsync(() -> {
            Path csv = exportFolder.resolve("cramp-guide-usage-" + FILE_TIME.format(clock.instant()
                    .atZone(clock.getZone())) + ".csv");
            try (UsageDatabase opened = UsageDatabase.open(database)) {
                int rows = UsageExport.write(opened, csv, clock.getZone());
                System.getLogger(UsageDesk.class.getName()).log(System.Logger.Level.INFO,
                        "usage exported: " + rows + " rows to " + csv);
                return MessageFormat.format(messages.getString("usage.exported"), rows, csv);
            } catch (Exception e) {
                System.getLogger(UsageDesk.class.getName()).log(System.Logger.Level.WARNING,
                        "usage could not be exported to " + csv + ": " + UsageFile.message(e));
                return MessageFormat.format(messages.getString("usage.exportFailed"), UsageFile.message(e));
            }
        }, background);
    }
}
