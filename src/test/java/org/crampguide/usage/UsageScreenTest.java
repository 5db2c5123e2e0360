package org.crampguide.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import org.crampguide.app.GuideOnScreen;
import org.crampguide.library.GuideLibrary;
import org.crampguide.content.BundledPack;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Language;
import org.crampguide.content.Muscle;
import org.crampguide.testing.LeftOutControls;
import org.crampguide.theme.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Usage screen filled from a database written by a simulated run. With
 * {@code -Dusage.screenshots=assets/screenshots} it also saves {@code usage.png} (1920x1080) and
 * {@code usage-portrait.png} (1080x1920).
 */
class UsageScreenTest {
    private static GuideContent content;
    private static UsageReport report;
    @TempDir
    static Path folder;

    @BeforeAll
    static void simulateFiveWeeks() throws Exception {
        content = GuideLibrary.load(new BundledPack(), new ArrayList<>()).orElseThrow().in(Language.ENGLISH).content();
        TestClock clock = TestClock.berlin();
        Path file = folder.resolve("usage.db");
        try (BackgroundRecorder recorder = BackgroundRecorder.start(file, clock, Duration.ofDays(400))) {
            SimulatedKiosk.run(recorder, clock, 35, new Random(13));
        }
        try (UsageDatabase database = UsageDatabase.open(file)) {
            report = UsageReport.from(database.rows(clock.instant().minus(UsageReport.SPAN),
                    clock.instant().plus(Duration.ofHours(1))), clock.instant(), clock.getZone());
        }
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theScreenShowsTheFiguresOfASimulatedRun() throws Exception {
        Parent screen = render(1920, 1080, Language.ENGLISH, null);
        BarChart<?, ?> muscles = (BarChart<?, ?>) screen.lookup("#usage-muscles");
        assertEquals(2, muscles.getData().size(), "this week and the four weeks before");
        var thisWeek = muscles.getData().get(0).getData();
        assertEquals("Calves", thisWeek.get(thisWeek.size() - 1).getYValue(), "most opened on top, by name");
        assertEquals(30, ((BarChart<?, ?>) screen.lookup("#usage-days")).getData().get(0).getData().size());
        assertEquals(24, ((BarChart<?, ?>) screen.lookup("#usage-hours")).getData().get(0).getData().size());
        assertFalse(((TableView<?>) screen.lookup("#usage-searches")).getItems().isEmpty());
        String share = ((Label) screen.lookup("#usage-emergency-share")).getText();
        assertEquals(Math.round(report.emergencyShare() * 100) + "%", share);
        assertTrue(report.emergencySessions() > 0 && report.sessions() > report.emergencySessions());
    }

    @Test
    void theStaffScreensTableAndChartsNeedNoRuleTheControlsStylesheetLeftOut() throws Exception {
        Parent screen = render(1920, 1080, Language.ENGLISH, null);
        assertTrue(LeftOutControls.count(screen) > 200, "the whole screen, skins included: " + LeftOutControls.count(screen));
        assertEquals(List.of(), LeftOutControls.under(screen));
    }

    @Test
    void aFigureThatCannotBeReadIsOneLineOnTheScreen() throws Exception {
        AtomicReference<Parent> shown = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            UsageViewModel model = new UsageViewModel(() -> {
                throw new java.sql.SQLException("file is not a database\nsecond line");
            }, Runnable::run, Runnable::run);
            shown.set(UsageView.create(new UsageView(model, GuideOnScreen.messagesFor(Language.ENGLISH), id -> id, () -> { })));
            model.load();
        });
        assertEquals("The figures could not be read: file is not a database",
                ((Label) shown.get().lookup("#usage-status")).getText());
    }

    @Test
    void screenshots() throws Exception {
        String to = System.getProperty("usage.screenshots");
        if (to == null || to.isBlank()) {
            return;
        }
        render(1920, 1080, Language.ENGLISH, Path.of(to, "usage.png"));
        render(1080, 1920, Language.ENGLISH, Path.of(to, "usage-portrait.png"));
    }

    private static Parent render(int width, int height, Language language, Path png) throws Exception {
        AtomicReference<Parent> shown = new AtomicReference<>();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(20_000, () -> {
            GuideOnScreen.applyTheme();
            UsageViewModel model = new UsageViewModel(() -> report, Runnable::run, Runnable::run);
            Parent screen = UsageView.create(new UsageView(model, GuideOnScreen.messagesFor(language),
                    id -> content.muscle(id).map(Muscle::name).orElse(id), () -> { }));
            model.load();
            Scene scene = new Scene(screen, width, height);
            scene.getStylesheets().addAll(Theme.stylesheet(), UsageView.stylesheet());
            screen.applyCss();
            screen.layout();
            shown.set(screen);
            if (png != null) {
                image.set(scene.snapshot(null));
            }
        });
        if (png != null) {
            org.crampguide.testing.Png.write(image.get(), png);
        }
        return shown.get();
    }


}
