package org.crampguide.kiosk.settings;

import java.nio.file.Path;
import java.util.Objects;
import org.crampguide.content.Language;

/**
 * The kiosk settings, read from the kiosk file by {@link KioskConfigReader}. Every number is
 * within the range its {@link NumberSetting} allows; a staff PIN is always present.
 *
 * @param idleSeconds seconds without a touch before the "Still there?" warning
 * @param countdownSeconds seconds the warning counts down before the guide goes back to the start
 * @param holdSeconds length of the "Cramping right now?" stretch hold timer
 * @param hideCursor hide the mouse pointer (touch screens)
 * @param language the language the kiosk starts in, and returns to after an idle reset
 * @param staffPin the PIN staff type to leave kiosk mode or open Diagnostics
 * @param pinAttempts wrong PINs allowed before the PIN pad locks
 * @param logFolder where the rotating log files go
 * @param logFiles how many log files are kept
 * @param logFileBytes the size at which a log file is rotated
 * @param emergencyNumber the gym's own emergency number, shown wherever the guide names the number
 *     to call, in every language; null: the content pack's number for each language
 * @param usage whether anonymous usage is counted, for how long, and where staff export it
 * @param holdTones whether the stretch hold timer sounds a tone at halfway and at the end (it always flashes)
 * @param contentUpdates where a chain's signed content pack is fetched from ({@link ContentUpdates#OFF}: nowhere)
 * @param metricsAddress where {@code /metrics} and {@code /healthz} are served; null: not at all
 * @param speech the kiosk's voice: off, on request or always, its rate and the volume the tones share
 */
public record KioskConfig(int idleSeconds, int countdownSeconds, int holdSeconds, boolean hideCursor,
        Language language, StaffPin staffPin, PinAttempts pinAttempts, Path logFolder, int logFiles,
        int logFileBytes, String emergencyNumber, UsageSettings usage, boolean holdTones,
        ContentUpdates contentUpdates, MetricsAddress metricsAddress, SpeechSettings speech) {
    /** The longest emergency number setting: a few numbers and a word or two, not a paragraph. */
    public static final int EMERGENCY_NUMBER_MAX_LENGTH = 60;
    public static final NumberSetting IDLE_SECONDS = new NumberSetting("/idleSeconds", 10, 3600, 60, "seconds");
    public static final NumberSetting COUNTDOWN_SECONDS = new NumberSetting("/countdownSeconds", 5, 300, 20, "seconds");
    public static final NumberSetting HOLD_SECONDS = new NumberSetting("/holdSeconds", 10, 120, 30, "seconds");
    public static final NumberSetting LOG_FILES = new NumberSetting("/logFiles", 1, 50, 5, "files");
    public static final NumberSetting LOG_FILE_BYTES =
            new NumberSetting("/logFileBytes", 10_000, 100_000_000, 1_048_576, "bytes");
    public static final NumberSetting USAGE_RETENTION_DAYS =
            new NumberSetting("/usageRetentionDays", 1, 3650, 400, "days");
    public static final boolean DEFAULT_HIDE_CURSOR = false;
    public static final boolean DEFAULT_HOLD_TONES = true;
    public static final Language DEFAULT_LANGUAGE = Language.ENGLISH;

    public KioskConfig {
        IDLE_SECONDS.require(idleSeconds);
        COUNTDOWN_SECONDS.require(countdownSeconds);
        HOLD_SECONDS.require(holdSeconds);
        LOG_FILES.require(logFiles);
        LOG_FILE_BYTES.require(logFileBytes);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(staffPin, "staffPin: kiosk mode needs a staff PIN");
        Objects.requireNonNull(pinAttempts, "pinAttempts");
        Objects.requireNonNull(logFolder, "logFolder");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(contentUpdates, "contentUpdates");
        Objects.requireNonNull(speech, "speech");
        USAGE_RETENTION_DAYS.require(usage.retentionDays());
    }

    /** Where staff's "Export usage" writes: the export folder if set, else the log folder. */
    public Path usageExportFolder() {
        return usage.exportFolder() != null ? usage.exportFolder() : logFolder;
    }

    /** Settings without content updates or metrics, the voice as by default. */
    public KioskConfig(int idleSeconds, int countdownSeconds, int holdSeconds, boolean hideCursor,
            Language language, StaffPin staffPin, PinAttempts pinAttempts, Path logFolder, int logFiles,
            int logFileBytes, String emergencyNumber, UsageSettings usage, boolean holdTones) {
        this(idleSeconds, countdownSeconds, holdSeconds, hideCursor, language, staffPin, pinAttempts, logFolder,
                logFiles, logFileBytes, emergencyNumber, usage, holdTones, ContentUpdates.OFF, null, SpeechSettings.DEFAULTS);
    }

    /** The kiosk's state folder, the parent of its log folder: the usage database and downloaded packs live there. */
    public Path stateFolder() {
        return logFolder.toAbsolutePath().getParent();
    }

    /** Settings with the content pack's emergency number and usage counted as by default. */
    public KioskConfig(int idleSeconds, int countdownSeconds, int holdSeconds, boolean hideCursor,
            Language language, StaffPin staffPin, PinAttempts pinAttempts, Path logFolder, int logFiles,
            int logFileBytes) {
        this(idleSeconds, countdownSeconds, holdSeconds, hideCursor, language, staffPin, pinAttempts, logFolder,
                logFiles, logFileBytes, null, UsageSettings.DEFAULTS, DEFAULT_HOLD_TONES);
    }

    /** Every setting at its default, with the given PIN and log folder. */
    public static KioskConfig withDefaults(StaffPin staffPin, Path logFolder) {
        return new KioskConfig((int) IDLE_SECONDS.defaultValue(), (int) COUNTDOWN_SECONDS.defaultValue(),
                (int) HOLD_SECONDS.defaultValue(), DEFAULT_HIDE_CURSOR, DEFAULT_LANGUAGE, staffPin,
                PinAttempts.DEFAULTS, logFolder, (int) LOG_FILES.defaultValue(), (int) LOG_FILE_BYTES.defaultValue());
    }

    /** {@code <home>/.local/state/cramp-guide/logs}. */
    public static Path defaultLogFolder(Path home) {
        return home.resolve(".local").resolve("state").resolve("cramp-guide").resolve("logs");
    }
}
