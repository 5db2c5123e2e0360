package org.crampguide.kiosk;

import org.crampguide.kiosk.settings.KioskConfig;
import org.crampguide.kiosk.settings.StaffPin;
import org.crampguide.kiosk.staff.StaffActions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.crampguide.app.GuideOnScreen;
import org.crampguide.library.GuideLibrary;
import org.crampguide.app.Scrolling;
import org.crampguide.content.BundledPack;
import org.crampguide.content.Language;
import org.crampguide.testing.FxThreadErrors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Kiosk mode driven as a gym visitor and a member of staff would, with a clock the test moves. */
@ExtendWith({ApplicationExtension.class, FxThreadErrors.class})
class KioskModeUiTest {
    /** The kiosk's state folder (its saved PIN lock, among others), new for each test. */
    @org.junit.jupiter.api.io.TempDir
    Path state;
    private static StaffPin pin;
    /** Read once for the class: every test starts from the same bundled guide. */
    private static GuideLibrary library;
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final AtomicInteger exits = new AtomicInteger();
    private Stage stage;
    private GuideOnScreen guide;
    private KioskMode kiosk;

    @BeforeAll
    static void hashThePinOnceAndReadTheGuide() {
        pin = StaffPin.create("2468".toCharArray());
        library = GuideLibrary.load(new BundledPack(), new ArrayList<>()).orElseThrow();
    }

    @AfterEach
    void closeEveryWindow() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        GuideOnScreen.applyTheme();
        guide = new GuideOnScreen(library, Language.ENGLISH, now::get);
        stage.setScene(guide.createScene(1920, 1080));
        stage.sizeToScene();
        KioskConfig config = KioskConfig.withDefaults(pin, state.resolve("logs"));
        kiosk = new KioskMode(stage, guide, config, now::get, new StaffActions() {
            @Override
            public void exit() {
                exits.incrementAndGet();
            }

            @Override
            public String diagnostics() {
                return "Cramp Guide test\nUptime: 0d 00h 01m";
            }
        });
        stage.show();
        stage.toFront();
        stage.requestFocus();
        kiosk.install(false);
    }

    /** Moves the kiosk's clock on, a quarter second at a time as its ticker does, in one go on the FX thread. */
    private void idleFor(FxRobot robot, int seconds) {
        robot.interact(() -> {
            for (int i = 0; i < seconds * 4; i++) {
                now.addAndGet(250);
                kiosk.tick();
            }
        });
    }

    private static boolean showing(FxRobot robot, String id) {
        return robot.lookup(id).query().isVisible();
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#detail-title").queryAs(Labeled.class).getText();
    }

    private void startSession(FxRobot robot) {
        robot.clickOn(robot.lookup("#attract").queryAs(Node.class));
    }

    @Test
    void itOpensFullScreenOnTheAttractScreen(FxRobot robot) {
        assertTrue(stage.isFullScreen());
        assertTrue(showing(robot, "#attract"));
        String muscle = robot.lookup("#attract-muscle").queryAs(Labeled.class).getText();
        assertFalse(muscle.isEmpty(), "the attract screen names the muscle it highlights");
    }

    @Test
    void theAttractScreenAnimatesOnlyWhileItShows(FxRobot robot) {
        assertTrue(kiosk.attractAnimating());
        startSession(robot);
        assertFalse(kiosk.attractAnimating(), "hidden, it costs nothing");
        robot.interact(kiosk::backToStart);
        assertTrue(kiosk.attractAnimating());
    }

    @Test
    void theFirstTouchStartsASessionWithoutPressingWhatIsBeneath(FxRobot robot) {
        robot.clickOn(robot.lookup("#muscle-button-chest").queryAs(Node.class));
        assertFalse(showing(robot, "#attract"));
        assertTrue(guide.selectedMuscle().isEmpty(), "the waking touch did not select the chest");
    }

    @Test
    void escapeF11AndACloseRequestDoNotLeaveTheKiosk(FxRobot robot) {
        startSession(robot);
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.F11);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isShowing());
        assertTrue(stage.isFullScreen());
    }

    @Test
    void afterAMinuteIdleItAsksStillThereCountsDownAndStartsOverClean(FxRobot robot) {
        startSession(robot);
        robot.clickOn("#muscle-button-calves");
        robot.clickOn("#language-ru");
        robot.interact(() -> robot.lookup("#search-field").queryAs(TextField.class).setText("икр"));
        idleFor(robot, 59);
        assertFalse(showing(robot, "#still-there"));
        idleFor(robot, 1);
        assertTrue(showing(robot, "#still-there"));
        idleFor(robot, 5);
        String countdown = robot.lookup("#still-there-countdown").queryAs(Labeled.class).getText();
        assertTrue(countdown.contains("15"), countdown);
        idleFor(robot, 15);
        assertTrue(showing(robot, "#attract"), "back to the attract screen");
        assertFalse(showing(robot, "#still-there"));
        assertTrue(guide.selectedMuscle().isEmpty());
        assertEquals(Language.ENGLISH, guide.language());
        assertEquals("", robot.lookup("#search-field").queryAs(TextField.class).getText());
        assertEquals(guide.content().guide().overview().title(), title(robot));
    }

    @Test
    void typingOnAKeyboardCountsAsSomeoneThere(FxRobot robot) {
        startSession(robot);
        robot.clickOn("#search-field");
        idleFor(robot, 30);
        robot.type(KeyCode.N, KeyCode.I);
        idleFor(robot, 45);
        assertFalse(showing(robot, "#still-there"), "keys pressed 45 s ago: the minute starts again from them");
        idleFor(robot, 15);
        assertTrue(showing(robot, "#still-there"));
    }

    @Test
    void oneTapOnStillHereKeepsTheSession(FxRobot robot) {
        startSession(robot);
        robot.clickOn("#muscle-button-hamstrings");
        idleFor(robot, 61);
        robot.clickOn("#still-here-button");
        assertFalse(showing(robot, "#still-there"));
        idleFor(robot, 30);
        assertEquals("Hamstrings", title(robot));
        assertFalse(showing(robot, "#attract"));
    }

    /** The words a visible node shows, in order (hidden nodes skipped). */
    private static String textIn(Node node) {
        if (!node.isVisible()) {
            return "";
        }
        if (node instanceof Labeled labeled) {
            return labeled.getText() + "\n";
        }
        StringBuilder text = new StringBuilder();
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> text.append(textIn(child)));
        }
        return text.toString();
    }

    /** The stretch screen's answer of this id (the guide's page beneath has its own). */
    private static void answer(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents(); // the step before it, drawn and laid out
        Node button = robot.lookup("#stretch-now " + id).query();
        Scrolling.intoView(robot, button);
        robot.clickOn(button);
    }

    /** Cramping right now? for the calves, past call now? and don't stretch if…: the stretch with its timer. */
    private void toTheCalfStretch(FxRobot robot) {
        startSession(robot);
        robot.clickOn("#muscle-button-calves");
        robot.clickOn("#cramping-now-button");
        answer(robot, "#flow-no");
        answer(robot, "#flow-no");
        assertTrue(robot.lookup("#stretch-now #flow-stretch").query().isVisible());
    }

    @Test
    void crampingRightNowRunsTheGuidesOwnFlowInBigType(FxRobot robot) {
        startSession(robot);
        robot.clickOn("#muscle-button-calves");
        robot.clickOn("#cramping-now-button");
        assertTrue(showing(robot, "#stretch-now"));
        assertEquals("Calves", robot.lookup("#stretch-title").queryAs(Labeled.class).getText());
        Node big = robot.lookup("#stretch-now #first-aid-flow").query();
        assertTrue(big.getStyleClass().contains("flow-big"));
        Node page = robot.lookup("#first-aid-flow").queryAll().stream()
                .filter(node -> node != big && effectivelyVisible(node)).findFirst()
                .orElseThrow(() -> new AssertionError("the calves' page shows the flow too"));
        assertEquals(textIn(page), textIn(big), "one flow, one renderer: the same words on the page and the kiosk screen");
        answer(robot, "#flow-no");
        answer(robot, "#flow-no");
        assertEquals(guide.content().muscle("calves").orElseThrow().stretch().steps().size(),
                robot.lookup("#stretch-now .flow-step-row").queryAll().size());
        assertTrue(robot.lookup("#stretch-now #flow-pictures").query().isVisible());
    }

    @Test
    void theIdleResetWaitsWhileACrampIsBeingDealtWithAndResetsOnceItIsOver(FxRobot robot) {
        startSession(robot);
        robot.clickOn("#muscle-button-calves");
        robot.clickOn("#cramping-now-button");
        answer(robot, "#flow-no"); // the episode begins with the first answer
        idleFor(robot, 5 * 60);
        assertFalse(showing(robot, "#still-there"), "no reset while a cramp is being dealt with");
        assertTrue(showing(robot, "#stretch-now"));
        Scrolling.intoView(robot, robot.lookup("#stretch-done").query());
        robot.clickOn("#stretch-done"); // the episode ends
        idleFor(robot, 61);
        assertTrue(showing(robot, "#still-there"), "then the usual idle reset");
    }

    @Test
    void tenMinutesWithoutEasingBringUpGetHelpNowWithTheNumberToCall(FxRobot robot) throws Exception {
        toTheCalfStretch(robot);
        robot.interact(() -> now.addAndGet(org.crampguide.firstaid.FirstAidFlow.ESCALATE_AFTER_MILLIS - 1000));
        Thread.sleep(1500); // the flow is ticked every second
        assertTrue(robot.lookup("#stretch-now #flow-get-help").queryAll().isEmpty(), "not before ten minutes");
        robot.interact(() -> now.addAndGet(1000));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#stretch-now #flow-get-help").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        String shown = textIn(robot.lookup("#stretch-now #first-aid-flow").query());
        org.crampguide.content.Muscle calves = guide.content().muscle("calves").orElseThrow();
        assertTrue(shown.contains(calves.stretch().notEased()), shown);
        assertTrue(shown.contains("Call " + guide.content().guide().emergencyNumber()), shown);
        assertFalse(guide.episodes().anyOpen(), "the idle reset may run again");
    }

    @Test
    void largerTextAndHighContrastHelpOneVisitorAndTheIdleResetPutsThemBack(FxRobot robot) {
        startSession(robot);
        String before = stage.getScene().getRoot().getStyle();
        robot.clickOn("#text-larger");
        robot.clickOn("#text-larger");
        String larger = stage.getScene().getRoot().getStyle();
        assertTrue(px(larger) > px(before) * 1.3, before + " -> " + larger);
        robot.clickOn("#high-contrast");
        assertTrue(stage.getScene().getStylesheets().contains(org.crampguide.theme.Theme.highContrast()));
        idleFor(robot, 60 + 20 + 1);
        assertTrue(showing(robot, "#attract"), "the idle reset");
        assertEquals(before, stage.getScene().getRoot().getStyle(), "the usual text size for the next visitor");
        assertFalse(stage.getScene().getStylesheets().contains(org.crampguide.theme.Theme.highContrast()));
    }

    private static double px(String style) {
        return Double.parseDouble(style.replaceAll(".*-fx-font-size: ([0-9.]+)px.*", "$1"));
    }

    @Test
    void theHoldTimerPausesTheIdleResetUntilItEnds(FxRobot robot) {
        toTheCalfStretch(robot);
        answer(robot, "#hold-start");
        assertEquals(IdleMonitor.State.PAUSED, kiosk.idle().state());
        idleFor(robot, 25);
        assertEquals(IdleMonitor.State.PAUSED, kiosk.idle().state());
        assertFalse(showing(robot, "#still-there"), "no reset while someone holds a stretch");
        Scrolling.intoView(robot, robot.lookup("#stretch-done").query());
        robot.clickOn("#stretch-done");
        assertEquals(IdleMonitor.State.ACTIVE, kiosk.idle().state());
    }

    @Test
    void theHoldPlayerCountsInHoldsOnTheKiosksClockThenAsksWhetherItHasEased(FxRobot robot) throws Exception {
        toTheCalfStretch(robot);
        answer(robot, "#hold-start");
        assertEquals("3", text(robot, "#stretch-now #hold-seconds"), "get ready: 3, 2, 1");
        idleFor(robot, 3);
        idleFor(robot, 10);
        assertEquals("20", text(robot, "#stretch-now #hold-seconds"));
        assertTrue(text(robot, "#stretch-now #hold-hint").contains("at least 30 seconds"), text(robot, "#stretch-now #hold-hint"));
        idleFor(robot, 20);
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#stretch-now #flow-eased").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(guide.messages().getString("flow.eased.question"),
                robot.lookup("#stretch-now #flow-eased .flow-question").queryAs(Labeled.class).getText());
        answer(robot, "#flow-eased-no"); // not yet: the stretch again, its timer ready
        assertTrue(robot.lookup("#stretch-now #hold-start").query().isVisible());
        robot.interact(() -> kiosk.model().stretchFlow().stretched());
        answer(robot, "#flow-eased-yes");
        assertTrue(robot.lookup("#stretch-now #flow-aftercare").query().isVisible());
        assertEquals(IdleMonitor.State.ACTIVE, kiosk.idle().state(), "the idle reset runs again after the hold");
        idleFor(robot, 61);
        assertTrue(showing(robot, "#still-there"), "and then resets an abandoned screen as usual");
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    @Test
    void escapeClearsTheSearchAndClosesTheTouchKeyboardButStaysFullScreen(FxRobot robot) {
        startSession(robot);
        robot.clickOn("#search-field");
        robot.clickOn("#key-c");
        robot.clickOn("#key-a");
        assertTrue(showing(robot, "#touch-keyboard"));
        robot.clickOn("#search-field");
        robot.type(KeyCode.ESCAPE);
        assertEquals("", robot.lookup("#search-field").queryAs(TextField.class).getText());
        assertFalse(showing(robot, "#touch-keyboard"));
        assertTrue(stage.isFullScreen());
    }

    @Test
    void withNoMuscleChosenItAsksWhichMuscleFirst(FxRobot robot) {
        startSession(robot);
        robot.clickOn("#cramping-now-button");
        assertEquals(7, robot.lookup("#stretch-choices .button").queryAll().size());
        robot.clickOn("#stretch-choice-feet");
        assertEquals("Feet and toes", robot.lookup("#stretch-title").queryAs(Labeled.class).getText());
        answer(robot, "#flow-no");
        answer(robot, "#flow-no");
        assertTrue(robot.lookup("#stretch-now #hold-start").query().isVisible());
    }

    private static String signs(FxRobot robot, String step) {
        return String.join("\n", robot.lookup("#stretch-now " + step + " .flow-sign").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList());
    }

    @Test
    void theStretchScreenLeadsWithTheSitesOwnCallNowSignsAndNoOtherSitesSigns(FxRobot robot) {
        startSession(robot);
        robot.clickOn("#cramping-now-button");
        robot.clickOn("#stretch-choice-chest");
        org.crampguide.content.GuideContent content = library.in(Language.ENGLISH).content();
        org.crampguide.content.Muscle chest = content.muscle("chest").orElseThrow();
        String callNow = signs(robot, "#flow-call-now");
        chest.crampOrTear().callNow().forEach(sign -> assertTrue(callNow.contains(sign.title()), callNow));
        answer(robot, "#flow-no");
        String check = signs(robot, "#flow-dont-stretch");
        content.guide().crampOrTear().tearSigns().forEach(leg -> assertTrue(!check.contains(leg.title()),
                "the general (leg) sign \"" + leg.title() + "\" on the chest's screen"));
        chest.crampOrTear().tearSigns().forEach(sign -> assertTrue(check.contains(sign.title()), check));
    }

    @Test
    void fiveTapsInTheCornerOpenThePinPadAndOnlyTheRightPinOpensTheStaffMenu(FxRobot robot) {
        startSession(robot);
        for (int i = 0; i < 5; i++) {
            robot.clickOn(robot.lookup("#staff-corner").queryAs(Node.class));
        }
        assertTrue(showing(robot, "#pin-pad"));
        typePin(robot, "1111");
        assertTrue(robot.lookup("#pin-message").queryAs(Labeled.class).getText().startsWith("Wrong PIN. 2 more tries"));
        assertFalse(showing(robot, "#staff-menu"));
        typePin(robot, "2468");
        assertTrue(showing(robot, "#staff-menu"));
        robot.clickOn("#staff-diagnostics");
        assertTrue(robot.lookup("#diagnostics").queryAs(Labeled.class).getText().contains("Uptime"));
        robot.clickOn("#staff-exit");
        assertEquals(1, exits.get());
    }

    @Test
    void wrongPinsAreRateLimited(FxRobot robot) {
        startSession(robot);
        robot.interact(() -> kiosk.model().show(KioskViewModel.Overlay.PIN_PAD));
        for (int attempt = 0; attempt < 3; attempt++) {
            typePin(robot, "9999");
        }
        typePin(robot, "2468");
        assertTrue(robot.lookup("#pin-message").queryAs(Labeled.class).getText().startsWith("Too many wrong PINs"));
        assertFalse(showing(robot, "#staff-menu"), "even the right PIN waits out the pause");
    }

    @Test
    void theGuidesTextIsLargeEnoughToReadStandingAMetreAway(FxRobot robot) {
        startSession(robot);
        robot.clickOn("#muscle-button-calves");
        List<Double> sizes = robot.lookup(".paragraph").queryAllAs(Labeled.class).stream()
                .filter(KioskModeUiTest::effectivelyVisible).map(label -> label.getFont().getSize()).toList();
        assertFalse(sizes.isEmpty());
        assertTrue(sizes.stream().allMatch(size -> size >= 20), "body text on a 1080p kiosk, in px: " + sizes);
    }

    @Test
    void everyTouchTargetIsAtLeast48PixelsOnA1080pScreen(FxRobot robot) {
        startSession(robot);
        robot.clickOn("#muscle-button-calves");
        robot.clickOn("#search-field").write("night");
        robot.type(KeyCode.ESCAPE);
        List<String> small = new ArrayList<>();
        for (Node node : robot.lookup(n -> n instanceof ButtonBase && n.isVisible() && n.getScene() != null).queryAll()) {
            if (!effectivelyVisible(node)) {
                continue;
            }
            var bounds = node.localToScene(node.getLayoutBounds());
            if (bounds.getHeight() < 48 || bounds.getWidth() < 48) {
                small.add(node.getId() + " " + node.getStyleClass() + " " + Math.round(bounds.getWidth()) + "x"
                        + Math.round(bounds.getHeight()));
            }
        }
        assertEquals(List.of(), small);
    }

    @Test
    void everyMuscleRegionIsAtLeast48PixelsAcrossForAFinger(FxRobot robot) {
        startSession(robot);
        List<String> small = new ArrayList<>();
        for (Node region : robot.lookup(".muscle-region").queryAll()) {
            if (!effectivelyVisible(region)) {
                continue;
            }
            var bounds = region.localToScene(region.getBoundsInLocal()); // the outline and its touch halo
            if (Math.min(bounds.getWidth(), bounds.getHeight()) < 48) {
                small.add(region.getId() + " " + Math.round(bounds.getWidth()) + "x" + Math.round(bounds.getHeight()));
            }
        }
        assertEquals(List.of(), small);
    }

    /** Types a PIN and OK, and waits for the answer (the check runs off the JavaFX thread). */
    private static void typePin(FxRobot robot, String digits) {
        for (char digit : digits.toCharArray()) {
            robot.clickOn("#pin-key-" + digit);
        }
        robot.clickOn("#pin-key-ok");
        try {
            WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                    () -> !robot.lookup("#pin-keys").query().isDisabled());
        } catch (TimeoutException e) {
            throw new AssertionError("the PIN check never answered", e);
        }
    }

    private static boolean effectivelyVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theKioskScreensSpeakTheLanguageAVisitorChose(FxRobot robot) {
        startSession(robot);
        robot.clickOn("#language-ru");
        assertEquals("Свело прямо сейчас?", robot.lookup("#cramping-now-button").queryAs(Labeled.class).getText());
        idleFor(robot, 60);
        assertEquals("Вы ещё здесь?", robot.lookup("#still-there-title").queryAs(Labeled.class).getText());
        assertTrue(robot.lookup("#still-there-countdown").queryAs(Labeled.class).getText().startsWith("Справочник"));
        idleFor(robot, 20);
        assertEquals("Cramping right now?", robot.lookup("#cramping-now-button").queryAs(Labeled.class).getText(),
                "after the reset, the kiosk's own language again");
    }

    @Test
    void aResetFoldsThePanelsAgainInTheOtherLanguageToo(FxRobot robot) {
        startSession(robot);
        List<Boolean> englishAtFirst = panelsOpen(robot);
        assertTrue(englishAtFirst.contains(false), "some panels start folded: " + englishAtFirst);
        robot.interact(() -> robot.lookup(".guide-panel").queryAllAs(TitledPane.class).stream()
                .filter(KioskModeUiTest::onScreen).forEach(p -> p.setExpanded(true)));
        robot.clickOn("#language-ru");
        List<Boolean> russianAtFirst = panelsOpen(robot);
        robot.interact(() -> robot.lookup(".guide-panel").queryAllAs(TitledPane.class).stream()
                .filter(KioskModeUiTest::onScreen).forEach(p -> p.setExpanded(true)));
        idleFor(robot, 80);
        assertTrue(showing(robot, "#attract"));
        assertEquals(englishAtFirst, panelsOpen(robot), "the next visitor finds the panels as the first one did");
        startSession(robot);
        robot.clickOn("#language-ru");
        assertEquals(russianAtFirst, panelsOpen(robot), "in Russian too, although that screen was only kept aside");
    }

    @Test
    void aTapOnTheSearchFieldOpensATouchKeyboardThatTypesIntoIt(FxRobot robot) {
        startSession(robot);
        assertFalse(showing(robot, "#touch-keyboard"));
        robot.clickOn("#search-field");
        assertTrue(showing(robot, "#touch-keyboard"));
        for (String key : List.of("#key-n", "#key-i", "#key-g", "#key-h", "#key-t")) {
            robot.clickOn(key);
        }
        TextField field = robot.lookup("#search-field").queryAs(TextField.class);
        assertEquals("night", field.getText());
        assertFalse(robot.lookup(".search-result").queryAll().isEmpty(), "results for what was typed");
        robot.clickOn("#key-delete");
        assertEquals("nigh", field.getText());
        robot.clickOn("#key-space");
        assertEquals("nigh ", field.getText());
        robot.clickOn("#key-done");
        assertFalse(showing(robot, "#touch-keyboard"));
        assertEquals("nigh ", field.getText(), "Done keeps what was typed");
    }

    @Test
    void theTouchKeyboardSpeaksTheVisitorsLanguageAndClosesOnATapElsewhereOrAReset(FxRobot robot) {
        startSession(robot);
        robot.clickOn("#search-field");
        robot.clickOn("#muscle-button-calves");
        assertFalse(showing(robot, "#touch-keyboard"), "a tap elsewhere closes it");
        robot.clickOn("#language-ru");
        robot.clickOn("#search-field");
        for (String key : List.of("#key-и", "#key-к", "#key-р")) {
            robot.clickOn(key);
        }
        assertEquals("икр", robot.lookup("#search-field").queryAs(TextField.class).getText());
        assertEquals("Готово", robot.lookup("#key-done").queryAs(Labeled.class).getText());
        idleFor(robot, 80);
        assertFalse(showing(robot, "#touch-keyboard"), "the next visitor starts without it");
        startSession(robot);
        robot.clickOn("#search-field");
        assertEquals("Q", robot.lookup("#key-q").queryAs(Labeled.class).getText(), "English keys again");
    }

    /** Which panels of the page on screen are open (the detail area keeps other pages built but hidden). */
    private static List<Boolean> panelsOpen(FxRobot robot) {
        return robot.lookup(".guide-panel").queryAllAs(TitledPane.class).stream().filter(KioskModeUiTest::onScreen)
                .map(TitledPane::isExpanded).toList();
    }

    private static boolean onScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
