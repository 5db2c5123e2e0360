package org.crampguide.kiosk;

import org.crampguide.testing.FakeClock;

import org.crampguide.kiosk.settings.PinAttempts;
import org.crampguide.kiosk.settings.StaffPin;
import org.crampguide.kiosk.staff.PinGuard;
import org.crampguide.kiosk.staff.PinPad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.ResourceBundle;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Language;
import org.crampguide.content.Muscle;
import org.crampguide.hold.HoldCues;
import org.crampguide.hold.HoldPlayer;
import org.crampguide.kiosk.KioskViewModel.Overlay;
import org.crampguide.library.GuideLibrary;
import org.crampguide.content.BundledPack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The kiosk's screens as state, without a toolkit: which overlay is up, the PIN pad, the stretch and its hold. */
class KioskViewModelTest {
    private static final ResourceBundle WORDS = ResourceBundle.getBundle("org.crampguide.app.messages",
            Language.ENGLISH.locale());
    private static StaffPin pin;
    private static GuideContent content;

    private final FakeClock clock = new FakeClock();
    private final Queue<Runnable> checks = new ArrayDeque<>();
    private final Queue<Runnable> ui = new ArrayDeque<>();
    private final List<String> heard = new ArrayList<>();
    private final HoldPlayer hold = new HoldPlayer(clock, HoldCues.silent());
    private final PinPad pad = new PinPad(new PinGuard(pin, PinAttempts.DEFAULTS, clock), checks::add,
            ui::add, () -> WORDS);
    private final org.crampguide.firstaid.Episodes episodes = new org.crampguide.firstaid.Episodes(clock, (outcome, muscle) -> { });
    private final KioskViewModel model = new KioskViewModel(hold, pad, 25, () -> WORDS, episodes::newFlow);

    @BeforeAll
    static void readOnce() {
        pin = StaffPin.create("2468".toCharArray(), 100_000);
        content = GuideLibrary.load(new BundledPack(), new ArrayList<>()).orElseThrow().in(Language.ENGLISH).content();
    }

    KioskViewModelTest() {
        model.reportTo(new KioskViewModel.Visitor() {
            @Override
            public void sessionStarted() {
                heard.add("session");
            }

            @Override
            public void crampingNow() {
                heard.add("cramping now");
            }

            @Override
            public void stillHere() {
                heard.add("still here");
            }
        });
    }

    private void type(String... keys) {
        for (String key : keys) {
            pad.press(key);
        }
    }

    private void runChecksAndAnswers() {
        while (!checks.isEmpty()) {
            checks.poll().run();
        }
        while (!ui.isEmpty()) {
            ui.poll().run();
        }
    }

    private Muscle muscle(String id) {
        return content.muscle(id).orElseThrow();
    }

    @Test
    void theRightPinOpensTheStaffMenuOnlyWhenItsCheckAnswers() {
        model.show(Overlay.PIN_PAD);
        type("2", "4", "6", "9", PinPad.BACK, "8");
        assertEquals("●●●●", pad.dotsProperty().get());
        type(PinPad.OK);
        assertTrue(pad.checkingProperty().get(), "the pad waits for the check");
        assertEquals(WORDS.getString("kiosk.pin.checking"), pad.messageProperty().get());
        type("1");
        assertEquals("", pad.dotsProperty().get(), "keys wait while the PIN is checked");
        assertFalse(model.isShowing(Overlay.STAFF_MENU), "nothing opens before the answer");

        runChecksAndAnswers();
        assertTrue(model.isShowing(Overlay.STAFF_MENU));
        assertFalse(model.isShowing(Overlay.PIN_PAD));
        assertFalse(pad.checkingProperty().get());
    }

    @Test
    void aWrongPinSaysSoAndAnAnswerForAClosedPadIsDropped() {
        model.show(Overlay.PIN_PAD);
        type("1", "1", "1", "1", PinPad.OK);
        runChecksAndAnswers();
        assertTrue(pad.messageProperty().get().contains("Wrong PIN"), pad.messageProperty().get());
        assertFalse(model.isShowing(Overlay.STAFF_MENU));

        type("2", "4", "6", "8", PinPad.OK);
        model.hide(Overlay.PIN_PAD); // closed while the check runs
        runChecksAndAnswers();
        assertFalse(model.isShowing(Overlay.STAFF_MENU), "the answer came for a pad that is gone");
        assertEquals("", pad.messageProperty().get());
    }

    @Test
    void crampingNowReadiesTheHoldFromTheContentAndTheChestGetsNone() {
        model.crampingNow(Optional.of(muscle("calves")));
        assertEquals(List.of("cramping now"), heard);
        assertTrue(model.isShowing(Overlay.STRETCH_NOW));
        assertTrue(model.offersHold());
        assertEquals(HoldPlayer.State.READY, hold.stateProperty().get());
        Muscle.Stretch stretch = muscle("calves").stretch();
        assertEquals(stretch.holdSeconds() != null ? stretch.minimumSeconds() : 25, hold.secondsProperty().get(),
                "the content's hold, or the kiosk's where the content gives none");

        model.openStretch(Optional.of(muscle("chest")));
        assertFalse(model.offersHold(), "chest pain: call, don't stretch");
        model.openStretch(Optional.empty());
        assertFalse(model.offersHold(), "first the question which muscle");
    }

    @Test
    void escapeClosesStaffScreensButAnIdleResetClosesEverythingAndStopsTheHold() {
        model.openStretch(Optional.of(muscle("calves")));
        hold.start();
        model.show(Overlay.PIN_PAD);
        model.closePopUps();
        assertFalse(model.isShowing(Overlay.PIN_PAD));
        assertTrue(model.isShowing(Overlay.STRETCH_NOW), "the stretch has its own Done");

        model.warn(20);
        model.backToAttract();
        for (Overlay overlay : Overlay.values()) {
            assertEquals(overlay == Overlay.ATTRACT, model.isShowing(overlay), overlay.name());
        }
        assertFalse(hold.runningProperty().get(), "the hold stopped with its screen");
        model.wake();
        assertFalse(model.isShowing(Overlay.ATTRACT));
        assertEquals(List.of("session"), heard);
    }
}
