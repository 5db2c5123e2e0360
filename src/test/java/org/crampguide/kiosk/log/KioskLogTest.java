package org.crampguide.kiosk.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log staff look at after a problem: rotating files in the log folder, recent errors on screen. */
class KioskLogTest {
    @TempDir
    Path temp;
    Path folder;
    /** Held here: java.util.logging keeps loggers only weakly. */
    Logger logger;

    /** Loggers live as long as the JVM: each test gets its own, under a name of fixed length. */
    private static final AtomicInteger LOGGERS = new AtomicInteger();

    @BeforeEach
    void setUp() {
        folder = temp.resolve("state/cramp-guide/logs");
        logger = Logger.getLogger(String.format("org.crampguide.kiosk.test.%06d", LOGGERS.incrementAndGet()));
        logger.setUseParentHandlers(false);
    }

    private String file(int generation) throws IOException {
        return Files.readString(folder.resolve("cramp-guide-" + generation + ".log"), StandardCharsets.UTF_8);
    }

    @Test
    void everyRecordIsOneLineInTheLogFolder() throws IOException {
        try (KioskLog log = KioskLog.open(logger, folder, 5, 1_000_000)) {
            logger.info("Kiosk mode started");
            logger.warning("first line\nsecond line");
        }

        List<String> lines = file(0).lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO +\\S+: Kiosk mode started"),
                lines.get(0));
        assertTrue(lines.get(1).endsWith("WARNING " + logger.getName() + ": first line\\nsecond line"), lines.get(1));
    }

    @Test
    void anErrorIsWrittenWithItsStackTrace() throws IOException {
        try (KioskLog log = KioskLog.open(logger, folder, 5, 1_000_000)) {
            logger.log(Level.SEVERE, "Could not draw the map", new IllegalStateException("no artwork"));
        }

        assertTrue(file(0).contains("SEVERE  " + logger.getName() + ": Could not draw the map"), file(0));
        assertTrue(file(0).contains("java.lang.IllegalStateException: no artwork"), file(0));
        assertTrue(file(0).contains("\tat org.crampguide.kiosk.log.KioskLogTest"), file(0));
    }

    @Test
    void aFullFileIsRotatedAndOnlyLogFilesAreKept() throws IOException {
        try (KioskLog log = KioskLog.open(logger, folder, 3, 2_000)) {
            for (int i = 0; i < 200; i++) {
                logger.info(String.format("record %03d", i));
            }
        }

        try (var files = Files.list(folder)) {
            assertEquals(List.of("cramp-guide-0.log", "cramp-guide-1.log", "cramp-guide-2.log"),
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".log")).sorted().toList());
        }
        for (int generation = 0; generation < 3; generation++) {
            assertTrue(Files.size(folder.resolve("cramp-guide-" + generation + ".log")) <= 2_000 + 200);
        }
        // rotation guarantees the order, not where a file boundary falls: read oldest to newest
        List<String> kept = (file(2) + file(1) + file(0)).lines()
                .map(line -> line.substring(line.lastIndexOf("record "))).toList();
        assertEquals("record 199", kept.get(kept.size() - 1), "the newest record is kept last");
        for (int i = 1; i < kept.size(); i++) {
            int before = Integer.parseInt(kept.get(i - 1).substring(7));
            assertEquals(before + 1, Integer.parseInt(kept.get(i).substring(7)), "records are kept in order, none lost between files");
        }
        assertFalse(kept.contains("record 000"), "the oldest records are gone");
    }

    @Test
    void aRestartAddsToTheLogInsteadOfEmptyingIt() throws IOException {
        try (KioskLog log = KioskLog.open(logger, folder, 5, 1_000_000)) {
            logger.info("before the restart");
        }
        try (KioskLog log = KioskLog.open(logger, folder, 5, 1_000_000)) {
            logger.info("after the restart");
        }

        assertTrue(file(0).contains("before the restart"), file(0));
        assertTrue(file(0).contains("after the restart"), file(0));
    }

    @Test
    void diagnosticsShowTheLastTwentyWarningsAndErrorsNewestFirst() throws IOException {
        try (KioskLog log = KioskLog.open(logger, folder, 5, 1_000_000)) {
            for (int i = 1; i <= 25; i++) {
                logger.warning("warning " + i);
                logger.info("info " + i);
            }
            logger.log(Level.SEVERE, "Content pack broken", new IllegalArgumentException("bad JSON"));

            List<LoggedError> errors = log.recentErrors();

            assertEquals(20, errors.size());
            assertEquals(new LoggedError(errors.get(0).time(), "SEVERE", logger.getName(),
                    "Content pack broken (java.lang.IllegalArgumentException: bad JSON)"), errors.get(0));
            assertEquals("warning 25", errors.get(1).message());
            assertEquals("warning 7", errors.get(19).message());
            assertTrue(errors.stream().noneMatch(e -> e.message().startsWith("info")));
        }
    }

    @Test
    void afterClosingNothingMoreIsWritten() throws IOException {
        KioskLog log = KioskLog.open(logger, folder, 5, 1_000_000);
        logger.info("while open");
        log.close();
        logger.warning("after closing");

        assertFalse(file(0).contains("after closing"), file(0));
        assertTrue(log.recentErrors().isEmpty());
        assertEquals(0, logger.getHandlers().length, "closing takes the log's handlers off the logger");
    }

    @Test
    void whatTheAppLogsThroughSystemLoggerEndsUpInTheFile() throws IOException {
        System.Logger app = System.getLogger("org.crampguide.kiosk.test.app");
        try (KioskLog log = KioskLog.open(Logger.getLogger(""), folder, 5, 1_000_000)) {
            app.log(System.Logger.Level.ERROR, "Pack watcher stopped");

            assertEquals("Pack watcher stopped", log.recentErrors().get(0).message());
        }
        assertTrue(file(0).contains("SEVERE  org.crampguide.kiosk.test.app: Pack watcher stopped"), file(0));
    }
}
