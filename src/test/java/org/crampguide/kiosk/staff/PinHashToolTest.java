package org.crampguide.kiosk.staff;

import org.crampguide.testing.KioskFiles;
import org.crampguide.kiosk.settings.KioskConfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.crampguide.kiosk.staff.PinHashTool.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --hash-pin}: a PIN in, the entry for the kiosk file out. */
class PinHashToolTest {

    @Test
    void aGoodPinGivesAnEntryThatUnlocksTheKiosk(@TempDir Path folder) {
        Result result = PinHashTool.hash("5791".toCharArray(), "5791".toCharArray());

        String json = ((Result.Snippet) result).json();
        KioskFiles kiosk = new KioskFiles(folder).write("{\n  \"hideCursor\": true,\n" + json + "\n}\n");
        KioskConfig config = kiosk.read().orElseThrow(() -> new AssertionError(kiosk.problems));
        assertTrue(config.staffPin().matches("5791".toCharArray()));
    }

    @Test
    void aShortPinIsRefusedWithTheReason() {
        assertEquals(new Result.Refused("the PIN has 3 digits; it must have 4 to 12"),
                PinHashTool.hash("579".toCharArray()));
    }

    @Test
    void lettersAreRefused() {
        assertEquals(new Result.Refused("the PIN may only contain the digits 0 to 9"),
                PinHashTool.hash("57a1".toCharArray()));
    }

    @Test
    void twoDifferentPinsAreRefused() {
        assertEquals(new Result.Refused("the two PINs are not the same; nothing was changed"),
                PinHashTool.hash("5791".toCharArray(), "5790".toCharArray()));
    }
}
