package org.crampguide.app;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import org.crampguide.content.BundledPack;
import org.crampguide.content.EmergencyContact;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Language;
import org.crampguide.kiosk.settings.StaffPin;
import org.crampguide.library.GuideLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The number every screen shows: the pack's own on a computer, the kiosk's setting on a kiosk, in
 * every language; what the screens are built from ({@link GuideLibrary#in}) is already filled in.
 */
class EmergencyNumberTest {
    private static GuideLibrary bundled() {
        return GuideLibrary.load(new BundledPack(), new ArrayList<>()).orElseThrow();
    }

    private static void namesTheNumberEverywhereItMatters(GuideContent shown, String number) {
        assertTrue(shown.guide().seeADoctor().groups().get(0).title().contains(number), "red flags (desktop and kiosk)");
        assertTrue(shown.guide().disclaimer().contains(number), "the disclaimer bar");
        assertTrue(shown.muscle("chest").orElseThrow().warning().text().contains(number), "the chest warning");
        assertTrue(shown.muscle("chest").orElseThrow().stretch().hold().contains(number), "the chest stretch");
        assertTrue(shown.muscle("abdomen").orElseThrow().warning().text().contains(number), "the belly warning");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aComputerShowsThePacksNumberInEachLanguage(Language language) {
        GuideContent shown = bundled().in(language).content();
        namesTheNumberEverywhereItMatters(shown, shown.guide().emergencyNumber());
        String staff = bundled().shownWith(EmergencyContact.kiosk(null)).in(language).content().guide().tellStaff();
        assertFalse(shown.guide().disclaimer().contains(staff), "no staff at home");
        assertEquals("", shown.guide().tellStaff(), "nor in the first-aid flow's call line");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aKioskShowsItsOwnNumberAndNamesTheStaffInEachLanguage(Language language) {
        GuideContent shown = bundled().shownWith(EmergencyContact.kiosk("000")).in(language).content();
        namesTheNumberEverywhereItMatters(shown, "000");
        assertEquals("000", shown.guide().emergencyNumber(), "the number the first-aid flow's call line names");
        assertTrue(shown.guide().seeADoctor().groups().get(0).title().endsWith(shown.guide().tellStaff()));
    }

    @Test
    void theKioskSettingReachesTheGuideTheLauncherOpens(@TempDir Path folder) throws Exception {
        Path settings = folder.resolve("kiosk.json");
        org.crampguide.testing.PrivateFile.write(settings, "{\n" + StaffPin.create("2468".toCharArray()).toJson()
                + ",\n  \"emergencyNumber\": \"000\"\n}\n");
        StringWriter err = new StringWriter();
        StartPlan.Window startup = assertInstanceOf(StartPlan.Window.class, Launcher.prepare(new String[] {"--kiosk",
                "--kiosk-config", settings.toString()}, new BundledPack(), new PrintWriter(new StringWriter()),
                new PrintWriter(err)), err.toString());
        for (Language language : Language.values()) {
            namesTheNumberEverywhereItMatters(startup.library().in(language).content(), "000");
        }
    }
}
