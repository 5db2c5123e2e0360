package org.crampguide.kiosk.settings;

import org.crampguide.testing.KioskFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The staff PIN: kept as a salted hash, matched only by the same digits. */
class StaffPinTest {

    @Test
    void aPinMatchesTheDigitsItWasMadeFromAndNothingElse() {
        StaffPin pin = StaffPin.create("2468".toCharArray());

        assertTrue(pin.matches("2468".toCharArray()));
        assertFalse(pin.matches("2469".toCharArray()));
        assertFalse(pin.matches("24680".toCharArray()));
        assertFalse(pin.matches(new char[0]));
        assertEquals(210_000, pin.iterations());
        assertEquals(16, pin.salt().length);
        assertEquals(32, pin.hash().length);
    }

    @Test
    void theSamePinMadeTwiceIsStoredDifferently() {
        StaffPin first = StaffPin.create("1357".toCharArray());
        StaffPin second = StaffPin.create("1357".toCharArray());

        assertFalse(Arrays.equals(first.salt(), second.salt()));
        assertFalse(Arrays.equals(first.hash(), second.hash()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "1234567890123", "12a4", "12 4", "-1234", "١٢٣٤"})
    void aPinThatIsNotFourToTwelveDigitsIsRefused(String pin) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> StaffPin.create(pin.toCharArray()));
        assertTrue(refused.getMessage().contains("digits"), refused.getMessage());
    }

    @Test
    void fourAndTwelveDigitsAreLongEnough() {
        assertEquals(Optional.empty(), StaffPin.formatProblem("0000".toCharArray()));
        assertEquals(Optional.empty(), StaffPin.formatProblem("123456789012".toCharArray()));
        assertEquals(Optional.of("the PIN has 3 digits; it must have 4 to 12"),
                StaffPin.formatProblem("123".toCharArray()));
    }

    @Test
    void theEntryPastedIntoTheKioskFileUnlocksWithTheSamePin(@TempDir Path folder) {
        StaffPin pin = StaffPin.create("97531".toCharArray());
        KioskFiles kiosk = new KioskFiles(folder).write("{\n" + pin.toJson() + "\n}\n");

        StaffPin read = kiosk.read().orElseThrow(() -> new AssertionError(kiosk.problems)).staffPin();

        assertEquals(pin, read);
        assertTrue(read.matches("97531".toCharArray()));
        assertTrue(pin.toJson().startsWith("\"staffPin\": {"));
        assertTrue(pin.toJson().contains(Base64.getEncoder().encodeToString(pin.hash())));
    }

    @Test
    void changingTheBytesItWasMadeFromDoesNotChangeTheStoredPin() {
        byte[] salt = KioskFiles.bytes(0, 16);
        byte[] hash = KioskFiles.bytes(0, 32);
        StaffPin pin = new StaffPin(salt, hash, 210_000);
        StaffPin same = new StaffPin(salt.clone(), hash.clone(), 210_000);

        salt[0] = 99;
        hash[0] = 99;
        pin.hash()[1] = 99;
        pin.salt()[1] = 99;

        assertEquals(same, pin);
    }

    @Test
    void theStoredPinIsNotWrittenToTheLogByToString() {
        StaffPin pin = new StaffPin(KioskFiles.bytes(0, 16), KioskFiles.bytes(0, 32), 210_000);

        assertFalse(pin.toString().contains(Base64.getEncoder().encodeToString(pin.hash())), pin.toString());
        assertFalse(pin.toString().contains(Arrays.toString(pin.hash())), pin.toString());
    }

    @Test
    void tooFewIterationsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new StaffPin(KioskFiles.bytes(0, 16), KioskFiles.bytes(0, 32), 1000));
        assertNotEquals(new StaffPin(KioskFiles.bytes(0, 16), KioskFiles.bytes(0, 32), 210_000),
                new StaffPin(KioskFiles.bytes(1, 16), KioskFiles.bytes(0, 32), 210_000));
    }
}
