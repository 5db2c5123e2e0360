package org.crampguide.hold;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.crampguide.theme.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Draws the hold player at a kiosk's text size (1080x1920 and 1920x1080 both give about 21.5 px)
 * in four moments side by side — the count, mid-hold at a cue, done, the other side — into one PNG.
 * Runs only on request: {@code ./mvnw -q test -Dtest=HoldPlayerSnapshot -Dhold.snapshot=/tmp/hold.png}
 */
class HoldPlayerSnapshot {
    private static final PseudoClass CUE = PseudoClass.getPseudoClass("cue");
    private static final String KIOSK_TEXT = "-fx-font-size: 21.5px;";

    @Test
    @EnabledIfSystemProperty(named = "hold.snapshot", matches = ".+")
    void drawsThePlayerMidHold() throws Exception {
        FxToolkit.registerPrimaryStage();
        String language = System.getProperty("hold.language", "en");
        ResourceBundle words = ResourceBundle.getBundle("org.crampguide.app.messages", Locale.forLanguageTag(language));
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> snapshot(sheet(words))).get(30, TimeUnit.SECONDS);
        Path out = Path.of(System.getProperty("hold.snapshot"));
        org.crampguide.testing.Png.write(image, out);
        assertTrue(Files.size(out) > 0);
    }

    private static HBox sheet(ResourceBundle words) {
        HBox sheet = new HBox(24,
                moment(words, player -> { }),
                moment(words, player -> player.start()),
                moment(words, player -> { }, 1_500),
                moment(words, player -> { }, 3_000 + 9_000),
                moment(words, player -> { }, 3_000 + 15_000),
                moment(words, player -> { }, 3_000 + 30_000),
                moment(words, HoldPlayer::otherSide, 3_000 + 30_000, 3_000 + 8_000));
        sheet.setPadding(new Insets(24));
        sheet.setStyle(KIOSK_TEXT + "-fx-background-color: #c9d0d8;");
        return sheet;
    }

    /** The player after it starts and the clock moves on by each of {@code steps}, with {@code then} done after the first. */
    private static VBox moment(ResourceBundle words, Consumer<HoldPlayer> then, long... steps) {
        AtomicLong now = new AtomicLong();
        HoldPlayer player = new HoldPlayer(now::get, HoldCues.silent());
        player.ready(30);
        HoldPlayerView view = HoldPlayerView.load(player, words);
        if (steps.length > 0) {
            player.start();
        }
        for (int i = 0; i < steps.length; i++) {
            now.addAndGet(steps[i]);
            player.tick();
            if (i == 0) {
                then.accept(player);
            }
        }
        if (steps.length == 0) {
            then.accept(player);
        }
        if (player.stateProperty().get() != HoldPlayer.State.DONE && !(player.pastHalfwayProperty().get() && player.secondsLeftProperty().get() == 15)) {
            view.node().pseudoClassStateChanged(CUE, false); // a flash from an earlier moment would have faded by now
        }
        VBox cell = new VBox(view.node());
        cell.setPrefWidth(560);
        cell.setStyle("-fx-background-color: white; -fx-background-radius: 16;");
        return cell;
    }

    private static WritableImage snapshot(HBox sheet) {
        new Scene(sheet).getStylesheets().addAll(Theme.stylesheet(), HoldPlayerView.stylesheet());
        sheet.applyCss();
        sheet.autosize();
        sheet.layout();
        return sheet.snapshot(new SnapshotParameters(), null);
    }

}
