package org.crampguide.kiosk.settings;

import org.crampguide.testing.KioskFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.crampguide.content.Language;
import org.crampguide.content.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kiosk file staff edit: defaults for what they leave out, a located message for each mistake. */
class KioskConfigReaderTest {
    @TempDir
    Path folder;
    KioskFiles kiosk;

    @BeforeEach
    void setUp() {
        kiosk = new KioskFiles(folder);
    }

    private Problem onlyProblem() {
        assertEquals(1, kiosk.problems.size(), "expected exactly one problem, got " + kiosk.problems);
        return kiosk.problems.get(0);
    }

    private static StaffPin fixedPin() {
        return new StaffPin(KioskFiles.bytes(0, 16), KioskFiles.bytes(0, 32), 210_000);
    }

    @Test
    void aFileWithOnlyTheStaffPinGetsEveryDefault() {
        Optional<KioskConfig> config = kiosk.writeLines("\"$schema\": \"kiosk.schema.json\"").read();

        assertEquals(Optional.of(new KioskConfig(60, 20, 30, false, Language.ENGLISH, fixedPin(),
                new PinAttempts(3, 30), kiosk.home.resolve(".local/state/cramp-guide/logs"), 5, 1_048_576)), config);
        assertEquals(KioskConfig.withDefaults(fixedPin(), kiosk.home.resolve(".local/state/cramp-guide/logs")),
                config.get());
        assertTrue(kiosk.problems.isEmpty(), kiosk.problems.toString());
    }

    @Test
    void everySettingWrittenInTheFileIsUsed() {
        Optional<KioskConfig> config = kiosk.writeLines("\"idleSeconds\": 90", "\"countdownSeconds\": 10",
                "\"holdSeconds\": 45", "\"hideCursor\": true", "\"language\": \"ru\"",
                "\"pinAttempts\": {\"maxFailures\": 5, \"lockoutSeconds\": 60}", "\"logFolder\": \"/var/log/cramp\"",
                "\"logFiles\": 10", "\"logFileBytes\": 20000").read();

        assertEquals(Optional.of(new KioskConfig(90, 10, 45, true, Language.RUSSIAN, fixedPin(),
                new PinAttempts(5, 60), Path.of("/var/log/cramp"), 10, 20_000)), config, kiosk.problems.toString());
    }

    @Test
    void theVoiceIsOnRequestByDefaultAndItsSettingsAreRead() {
        assertEquals(SpeechSettings.DEFAULTS, kiosk.writeLines("\"idleSeconds\": 60").read().orElseThrow().speech());
        assertEquals(org.crampguide.speech.SpeechMode.ON_REQUEST, SpeechSettings.DEFAULTS.mode());
        assertEquals(new SpeechSettings(org.crampguide.speech.SpeechMode.ALWAYS, 140, 55), kiosk.writeLines(
                "\"speech\": \"always\"", "\"speechRate\": 140", "\"speechVolume\": 55").read().orElseThrow().speech());
        assertEquals(org.crampguide.speech.SpeechMode.OFF,
                kiosk.writeLines("\"speech\": \"off\"").read().orElseThrow().speech().mode());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"speech\": \"loud\" | speech | \"loud\" is not a speech setting; use one of: \"off\", \"on-request\", \"always\"",
        "\"speech\": \"Always\"                  | speech                    | \"Always\" is not a speech setting",
        "\"speechRate\": 79                      | speechRate                | from 80 to 300 words a minute (found 79)",
        "\"speechRate\": 160.5                   | speechRate                | must be a whole number from 80 to 300 words a minute",
        "\"speechVolume\": 101                   | speechVolume              | from 0 to 100 percent (found 101)",
    })
    void aWrongVoiceSettingIsRefusedWithItsLineAndColumn(String line, String field, String message) {
        Optional<KioskConfig> config = kiosk.writeLines(line.replace("\\n", "\n")).read();
        assertTrue(config.isEmpty(), "refused: " + line);
        String said = kiosk.problems.toString();
        assertTrue(said.contains(kiosk.file + ":2:3: " + field + ": ") && said.contains(message), said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"idleSeconds\": 9                         | idleSeconds               | from 10 to 3600 seconds (found 9)",
        "\"idleSeconds\": 3601                      | idleSeconds               | from 10 to 3600 seconds (found 3601)",
        "\"countdownSeconds\": 4                    | countdownSeconds          | from 5 to 300 seconds (found 4)",
        "\"countdownSeconds\": 301                  | countdownSeconds          | from 5 to 300 seconds (found 301)",
        "\"holdSeconds\": 9                         | holdSeconds               | from 10 to 120 seconds (found 9)",
        "\"holdSeconds\": 121                       | holdSeconds               | from 10 to 120 seconds (found 121)",
        "\"logFiles\": 0                            | logFiles                  | from 1 to 50 files (found 0)",
        "\"logFiles\": 51                           | logFiles                  | from 1 to 50 files (found 51)",
        "\"logFileBytes\": 9999                     | logFileBytes              | from 10000 to 100000000 bytes (found 9999)",
        "\"logFileBytes\": 99999999999999999999     | logFileBytes              | from 10000 to 100000000 bytes (found 99999999999999999999)",
        "\"pinAttempts\": {\\n \"maxFailures\": 0}   | pinAttempts.maxFailures   | from 1 to 10 wrong PINs (found 0)",
        "\"pinAttempts\": {\\n \"maxFailures\": 11}  | pinAttempts.maxFailures   | from 1 to 10 wrong PINs (found 11)",
        "\"pinAttempts\": {\\n \"lockoutSeconds\": 4}| pinAttempts.lockoutSeconds| from 5 to 3600 seconds (found 4)",
        "\"staffPin\": {\"salt\": \"" + KioskFiles.SALT + "\", \"hash\": \"" + KioskFiles.HASH
                + "\",\\n \"iterations\": 99999} | staffPin.iterations | from 100000 to 2000000 (found 99999)",
    })
    void aValueOutOfRangeIsReportedOnItsLineWithTheAllowedRange(String line, String path, String allowed) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        assertTrue(kiosk.writeLines("\"hideCursor\": true", line.replace("\\n", "\n")).read().isEmpty());

        Problem problem = onlyProblem();
        assertEquals(kiosk.lineOf("\"" + field + "\""), problem.line());
        assertEquals(path, problem.path());
        assertEquals("must be " + allowed, problem.message());
    }

    @Test
    void everyMistakeIsReportedNotJustTheFirst() {
        kiosk.writeLines("\"idleSeconds\": 5", "\"holdSeconds\": 500", "\"language\": \"de\"").read();

        assertEquals(3, kiosk.problems.size(), kiosk.problems.toString());
        assertEquals(kiosk.file + ":2:3: idleSeconds: must be from 10 to 3600 seconds (found 5)",
                kiosk.problems.get(0).toString());
        assertEquals(3, kiosk.problems.get(1).line());
        assertEquals(kiosk.file + ":4:3: language: \"de\" is not a language the guide speaks; use one of: en, ru",
                kiosk.problems.get(2).toString());
    }

    @Test
    void withoutAStaffPinKioskModeDoesNotStart() {
        assertTrue(kiosk.write("{\n  \"idleSeconds\": 60\n}\n").read().isEmpty());

        Problem problem = onlyProblem();
        assertEquals("staffPin", problem.path());
        assertTrue(problem.message().startsWith("missing required field \"staffPin\": kiosk mode needs a staff PIN"),
                problem.message());
        assertTrue(problem.message().contains("--hash-pin"), problem.message());
    }

    @Test
    void aStaffPinWithoutItsIterationsIsRefused() {
        kiosk.writeLines("\"staffPin\": {\"salt\": \"" + KioskFiles.SALT + "\", \"hash\": \"" + KioskFiles.HASH + "\"}");

        assertTrue(kiosk.read().isEmpty());
        assertEquals("missing required field \"iterations\"", onlyProblem().message());
        assertEquals("staffPin.iterations", onlyProblem().path());
    }

    @Test
    void anUnknownFieldIsNamedOnItsLineWithTheFieldsThatAreAllowed() {
        assertTrue(kiosk.writeLines("\"idleSeconds\": 60", "\"idleSecs\": 90").read().isEmpty());

        Problem problem = onlyProblem();
        assertEquals(3, problem.line());
        assertTrue(problem.message().startsWith("unknown field \"idleSecs\""), problem.message());
        assertTrue(problem.message().contains("idleSeconds"), problem.message());
    }

    @Test
    void aSaltThatIsNotBase64IsRefused() {
        kiosk.writeLines("\"staffPin\": {\n\"salt\": \"not base64!\", \"hash\": \"" + KioskFiles.HASH
                + "\", \"iterations\": 210000}");

        assertTrue(kiosk.read().isEmpty());
        Problem problem = onlyProblem();
        assertEquals("staffPin.salt", problem.path());
        assertEquals(kiosk.lineOf("not base64!"), problem.line());
        assertTrue(problem.message().startsWith("is not valid base64"), problem.message());
    }

    @Test
    void aHashOfTheWrongLengthIsRefusedBecauseNoPinCouldEverMatchIt() {
        kiosk.writeLines("\"staffPin\": {\"salt\": \"" + KioskFiles.SALT + "\", \"hash\": \"" + KioskFiles.SALT
                + "\", \"iterations\": 210000}");

        assertTrue(kiosk.read().isEmpty());
        assertEquals("staffPin.hash", onlyProblem().path());
        assertTrue(onlyProblem().message().startsWith("holds 16 bytes but must hold 32 bytes"), onlyProblem().message());
    }

    @Test
    void theGymsOwnEmergencyNumberIsUsedInsteadOfThePacksAndLeftOutMeansThePacks() {
        assertEquals("000 (ambulance)", kiosk.writeLines("\"emergencyNumber\": \" 000 (ambulance) \"").read()
                .orElseThrow(() -> new AssertionError(kiosk.problems)).emergencyNumber());
        assertEquals(null, new KioskFiles(folder).writeLines("\"idleSeconds\": 60").read().orElseThrow().emergencyNumber());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"\"                  | is empty (leave it out to use the content pack's number)",
        "\"call the front desk\" | must hold the number to call, such as \"112\" (found \"call the front desk\")",
        "\"{emergencyNumber}\" | must hold the number to call, such as \"112\" (found \"{emergencyNumber}\")",
        "\"112 {staff}\"       | must be the number itself, on one line, without placeholders",
        "\"112\\u0000\"          | holds the invisible character U+0000; type the text again without it",
        "\"\\u202E211\"          | holds the invisible character U+202E; type the text again without it",
        "\"1\\u200B12\"          | holds the invisible character U+200B; type the text again without it"})
    void aWrongEmergencyNumberIsRefusedWithWhereItIs(String value, String message) {
        assertTrue(kiosk.writeLines("\"emergencyNumber\": " + value).read().isEmpty());
        assertEquals("emergencyNumber", onlyProblem().path());
        assertEquals(2, onlyProblem().line());
        assertEquals(message, onlyProblem().message());
    }

    @Test
    void aNumberWrittenAsTextIsRefusedWithTheAllowedRange() {
        assertTrue(kiosk.writeLines("\"idleSeconds\": \"60\"").read().isEmpty());

        assertEquals("must be a whole number from 10 to 3600 seconds, not a text (\"60\")", onlyProblem().message());
        assertEquals(2, onlyProblem().line());
    }

    @Test
    void aFractionOfASecondIsRefused() {
        assertTrue(kiosk.writeLines("\"countdownSeconds\": 7.5").read().isEmpty());

        assertEquals("must be a whole number from 5 to 300 seconds, not 7.5", onlyProblem().message());
    }

    @Test
    void nullIsNotTakenAsTheDefault() {
        assertTrue(kiosk.writeLines("\"holdSeconds\": null").read().isEmpty());

        assertEquals("must not be null (leave it out for the default, 30)", onlyProblem().message());
    }

    @Test
    void hideCursorMustBeTrueOrFalse() {
        assertTrue(kiosk.writeLines("\"hideCursor\": \"yes\"").read().isEmpty());

        assertEquals("must be true or false, not a text (\"yes\")", onlyProblem().message());
    }

    @Test
    void aLanguageWrittenAsANumberIsRefused() {
        assertTrue(kiosk.writeLines("\"language\": 1").read().isEmpty());

        assertEquals("language", onlyProblem().path());
        assertEquals(2, onlyProblem().line());
    }

    @Test
    void aMissingFileSaysWhereToLearnToMakeOne() {
        assertTrue(kiosk.read().isEmpty());

        assertEquals(kiosk.file + ": file not found (create one: see README, Kiosk mode)", onlyProblem().toString());
    }

    @Test
    void brokenJsonGivesTheLine() {
        assertTrue(kiosk.write("{\n  \"idleSeconds\": 60\n  \"holdSeconds\": 30\n}").read().isEmpty());

        assertEquals(3, onlyProblem().line());
        assertTrue(onlyProblem().message().startsWith("not valid JSON"), onlyProblem().message());
    }

    @Test
    void aFileHoldingOnlyNullIsRefused() {
        assertTrue(kiosk.write("null").read().isEmpty());

        assertTrue(onlyProblem().message().contains("JSON object"), onlyProblem().message());
    }

    @Test
    void aRelativeLogFolderIsTakenFromTheKioskFilesFolder() {
        Optional<KioskConfig> config = kiosk.writeLines("\"logFolder\": \"logs/kiosk\"").read();

        assertEquals(folder.toAbsolutePath().resolve("logs/kiosk"), config.orElseThrow().logFolder());
    }

    @Test
    void aLogFolderStartingWithATildeIsInTheHomeFolder() {
        Optional<KioskConfig> config = kiosk.writeLines("\"logFolder\": \"~/cramp-logs\"").read();

        assertEquals(kiosk.home.resolve("cramp-logs"), config.orElseThrow().logFolder());
    }

    @Test
    void anEmptyLogFolderIsRefused() {
        assertTrue(kiosk.writeLines("\"logFolder\": \" \"").read().isEmpty());

        assertEquals("logFolder", onlyProblem().path());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/", "~", "~/"})
    void aLogFolderMustBeAFolderOfItsOwn(String folder) {
        assertTrue(kiosk.writeLines("\"logFolder\": \"" + folder + "\"").read().isEmpty());

        assertEquals("logFolder", onlyProblem().path());
        assertTrue(onlyProblem().message().contains("give the kiosk a folder of its own"), onlyProblem().message());
    }

    @Test
    void aLogFolderWithAControlCharacterIsRefused() {
        assertTrue(kiosk.writeLines("\"logFolder\": \"logs\\u0007\"").read().isEmpty());

        assertEquals("holds the invisible character U+0007; type the text again without it", onlyProblem().message());
    }

    @Test
    void aSettingsFileOthersCanReadIsRefusedWithTheCommandThatFixesIt() throws Exception {
        kiosk.writeLines("\"idleSeconds\": 60");
        java.nio.file.Files.setPosixFilePermissions(kiosk.file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(kiosk.read().isEmpty());

        assertEquals(kiosk.file + ": other users can read it (rw-r--r--), and it holds the staff PIN's hash: run chmod 600 "
                + kiosk.file, onlyProblem().toString());
        java.nio.file.Files.setPosixFilePermissions(kiosk.file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        assertTrue(new KioskFiles(folder).read().isPresent(), "after chmod 600 it is read");
    }
}
