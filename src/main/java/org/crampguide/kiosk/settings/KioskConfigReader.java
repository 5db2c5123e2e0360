package org.crampguide.kiosk.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crampguide.content.JsonContentReader;
import org.crampguide.content.Language;
import org.crampguide.speech.SpeechMode;
import org.crampguide.content.LocatedJson;
import org.crampguide.content.Problem;
import org.crampguide.content.SizeLimit;

/**
 * Reads the kiosk file. Every mistake in it is reported as a located problem
 * ({@code file:line:column: path: message}); the settings come back only when there is none.
 */
public final class KioskConfigReader {
    static final String NOT_FOUND = "file not found (create one: see README, Kiosk mode)";
    static final String NO_PIN = ": kiosk mode needs a staff PIN to leave it (make one with --hash-pin;"
            + " see README, Kiosk mode)";

    private final JsonContentReader json;
    private final Path home;

    public KioskConfigReader() {
        this(new JsonContentReader(), Path.of(System.getProperty("user.home")));
    }

    /** @param home the user's home: the default log folder is under it, and {@code ~} in logFolder means it */
    public KioskConfigReader(JsonContentReader json, Path home) {
        this.json = json;
        this.home = home;
    }

    public Optional<KioskConfig> read(Path file, List<Problem> problems) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > SizeLimit.CONTENT.bytes()) {
                problems.add(Problem.inFile(name, "file is too big for a kiosk settings file"));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
            Optional<String> open = readableByOthers(file);
            if (open.isPresent()) {
                problems.add(Problem.inFile(name, open.get()));
                return Optional.empty();
            }
        } catch (NoSuchFileException e) {
            problems.add(Problem.inFile(name, NOT_FOUND));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.inFile(name, "cannot be read: " + e));
            return Optional.empty();
        }
        int before = problems.size();
        Optional<LocatedJson<KioskFile>> read = json.read(name, bytes, KioskFile.class, problems);
        if (read.isEmpty()) {
            if (problems.size() == before) {
                problems.add(Problem.inFile(name, "must hold one JSON object {...} with the kiosk settings"));
            }
            return Optional.empty();
        }
        List<Problem> found = new ArrayList<>();
        KioskConfig config = check(read.get(), new SettingChecks(read.get(), found), file);
        problems.addAll(found);
        return problems.size() == before ? Optional.of(config) : Optional.empty();
    }

    /** The settings, or null when a problem was found. */
    private KioskConfig check(LocatedJson<KioskFile> located, SettingChecks check, Path file) {
        KioskFile in = located.value();
        long idle = check.number(in.idleSeconds(), KioskConfig.IDLE_SECONDS);
        long countdown = check.number(in.countdownSeconds(), KioskConfig.COUNTDOWN_SECONDS);
        long hold = check.number(in.holdSeconds(), KioskConfig.HOLD_SECONDS);
        boolean hideCursor = check.flag(in.hideCursor(), "/hideCursor", KioskConfig.DEFAULT_HIDE_CURSOR);
        Language language = language(in.language(), check);
        StaffPin pin = staffPin(in.staffPin(), check);
        PinAttempts attempts = pinAttempts(in.pinAttempts(), check);
        Path logFolder = logFolder(in.logFolder(), check, file);
        long logFiles = check.number(in.logFiles(), KioskConfig.LOG_FILES);
        long logFileBytes = check.number(in.logFileBytes(), KioskConfig.LOG_FILE_BYTES);
        String emergencyNumber = check.emergencyNumber(in.emergencyNumber(), "/emergencyNumber");
        boolean holdTones = check.flag(in.holdTones(), "/holdTones", KioskConfig.DEFAULT_HOLD_TONES);
        boolean usageStats = check.flag(in.usageStats(), "/usageStats", UsageSettings.DEFAULT_ON);
        long usageDays = check.number(in.usageRetentionDays(), KioskConfig.USAGE_RETENTION_DAYS);
        Path exportFolder = in.usageExportFolder() == null ? null
                : folder(in.usageExportFolder(), "/usageExportFolder", "the log folder", check, file, false);
        ContentUpdates updates = ChainSettings.contentUpdates(in.contentUrl(), in.contentPublicKeys(),
                in.contentCheckMinutes(), check);
        MetricsAddress metrics = ChainSettings.metricsAddress(in.metricsAddress(), check);
        SpeechSettings speech = speech(in, check);
        if (pin == null || attempts == null || language == null || logFolder == null || updates == null || speech == null
                || in.usageExportFolder() != null && exportFolder == null) {
            return null;
        }
        return new KioskConfig((int) idle, (int) countdown, (int) hold, hideCursor, language, pin, attempts,
                logFolder, (int) logFiles, (int) logFileBytes, emergencyNumber,
                new UsageSettings(usageStats, (int) usageDays, exportFolder), holdTones, updates, metrics, speech);
    }

    /** The voice's settings, or null when {@code "speech"} is not one of its three words. */
    private static SpeechSettings speech(KioskFile in, SettingChecks check) {
        long rate = check.number(in.speechRate(), SpeechSettings.RATE);
        long volume = check.number(in.speechVolume(), SpeechSettings.VOLUME);
        if (check.absent(in.speech(), "/speech", "\"" + SpeechSettings.DEFAULT_MODE.setting() + "\"")) {
            return new SpeechSettings(SpeechSettings.DEFAULT_MODE, (int) rate, (int) volume);
        }
        Optional<SpeechMode> mode = SpeechMode.ofSetting(in.speech());
        if (mode.isEmpty()) {
            check.problem("/speech", "\"" + in.speech() + "\" is not a speech setting; use one of: "
                    + Stream.of(SpeechMode.values()).map(m -> "\"" + m.setting() + "\"").collect(Collectors.joining(", ")));
            return null;
        }
        return new SpeechSettings(mode.get(), (int) rate, (int) volume);
    }

    private static Language language(String code, SettingChecks check) {
        if (check.absent(code, "/language", "\"" + KioskConfig.DEFAULT_LANGUAGE.code() + "\"")) {
            return KioskConfig.DEFAULT_LANGUAGE;
        }
        Optional<Language> language = Language.ofCode(code);
        if (language.isEmpty()) {
            check.problem("/language", "\"" + code + "\" is not a language the guide speaks; use one of: "
                    + Stream.of(Language.values()).map(Language::code).collect(Collectors.joining(", ")));
        }
        return language.orElse(null);
    }

    private static StaffPin staffPin(KioskFile.StaffPinEntry entry, SettingChecks check) {
        if (!check.required(entry, "/staffPin", NO_PIN)) {
            return null;
        }
        byte[] salt = check.base64(entry.salt(), "/staffPin/salt", StaffPin.SALT_BYTES, Integer.MAX_VALUE);
        byte[] hash = check.base64(entry.hash(), "/staffPin/hash", StaffPin.HASH_BYTES, StaffPin.HASH_BYTES);
        if (!check.required(entry.iterations(), StaffPin.ITERATIONS.pointer(), "")) {
            return null;
        }
        long iterations = check.number(entry.iterations(), StaffPin.ITERATIONS);
        return salt == null || hash == null ? null : new StaffPin(salt, hash, (int) iterations);
    }

    private static PinAttempts pinAttempts(KioskFile.PinAttemptsEntry entry, SettingChecks check) {
        if (entry == null) {
            check.absent(null, "/pinAttempts", "{\"maxFailures\": 3, \"lockoutSeconds\": 30}");
            return PinAttempts.DEFAULTS;
        }
        return new PinAttempts((int) check.number(entry.maxFailures(), PinAttempts.MAX_FAILURES),
                (int) check.number(entry.lockoutSeconds(), PinAttempts.LOCKOUT_SECONDS));
    }

    /**
     * The settings hold the staff PIN's hash, which an offline search can break in minutes for a
     * short PIN: a file that other users may read is refused, with the command that fixes it.
     */
    static Optional<String> readableByOthers(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Optional.empty();
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
            return Optional.of("other users can read it (" + PosixFilePermissions.toString(permissions) + "), and it holds"
                    + " the staff PIN's hash: run chmod 600 " + file);
        }
        return Optional.empty();
    }

    /** A folder; {@code ~} is the home folder, and a relative path is taken from the kiosk file's folder. */
    private Path logFolder(String text, SettingChecks check, Path file) {
        if (check.absent(text, "/logFolder", "\"" + KioskConfig.defaultLogFolder(home) + "\"")) {
            return KioskConfig.defaultLogFolder(home);
        }
        return folder(text, "/logFolder", "\"" + KioskConfig.defaultLogFolder(home) + "\"", check, file, true);
    }

    /** {@code ofItsOwn}: the kiosk writes and rotates files there, so not the home folder either. */
    private Path folder(String text, String pointer, String defaultText, SettingChecks check, Path file, boolean ofItsOwn) {
        if (text.isBlank()) {
            check.problem(pointer, "is empty (leave it out for the default, " + defaultText + ")");
            return null;
        }
        if (org.crampguide.content.TextEncoding.hiddenCharacter(text).isPresent()) {
            check.problem(pointer, org.crampguide.content.TextEncoding.hiddenCharacter(text).get());
            return null;
        }
        try {
            Path folder = text.equals("~") ? home
                    : text.startsWith("~/") || text.startsWith("~\\") ? home.resolve(text.substring(2)).normalize()
                    : file.toAbsolutePath().getParent().resolve(text).normalize();
            if (folder.getParent() == null || ofItsOwn && folder.equals(home)) {
                check.problem(pointer, "is \"" + folder + "\": give the kiosk a folder of its own, such as \""
                        + KioskConfig.defaultLogFolder(home) + "\"");
                return null;
            }
            return folder;
        } catch (InvalidPathException e) {
            check.problem(pointer, "is not a usable folder path (" + e.getReason() + ")");
            return null;
        }
    }
}
