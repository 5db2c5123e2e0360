package org.crampguide.guide;

import org.crampguide.usage.PanelWatch;
import org.crampguide.theme.Draws;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.Parent;
import org.crampguide.bodymap.BodyMapView;
import org.crampguide.bodymap.Facing;
import org.crampguide.bodymap.MuscleRegion;
import org.crampguide.content.Language;
import org.crampguide.content.Muscle;
import org.crampguide.firstaid.Episodes;
import org.crampguide.speech.Voice;
import org.crampguide.theme.Appearance;
import org.crampguide.library.GuidePack;
import org.crampguide.theme.Fxml;

/**
 * Builds the main screen for one language from a pack: its view model, the body map, the detail
 * area and the frame around them. What it builds depends only on the pack, the words and the
 * language; the parts every screen shares (the notice, the hold players, the usage counts, the
 * language switch) are given once, here.
 */
@Draws
public final class ScreenFactory {
    private final ContentNotice notice;
    private final HoldPlayers holdPlayers;
    private final GuideUsage usage;
    private final Episodes episodes;
    private final Voice voice;
    private final Appearance appearance;
    private final Consumer<Language> switchTo;
    private final PanelWatch panels;

    public ScreenFactory(ContentNotice notice, HoldPlayers holdPlayers, GuideUsage usage, Episodes episodes, Voice voice,
            Appearance appearance, Consumer<Language> switchTo, PanelWatch panels) {
        this.panels = panels;
        this.appearance = appearance;
        this.notice = notice;
        this.episodes = episodes;
        this.voice = voice;
        this.holdPlayers = holdPlayers;
        this.usage = usage;
        this.switchTo = switchTo;
    }

    public GuideScreen build(GuidePack pack, ResourceBundle words, Language language) {
        MainViewModel model = new MainViewModel(pack);
        Map<Facing, String> captions = new EnumMap<>(Facing.class);
        captions.put(Facing.FRONT, words.getString("view.front"));
        captions.put(Facing.BACK, words.getString("view.back"));
        BodyMapView bodyMap = new BodyMapView(pack.bodyMap(), captions, region -> accessibleText(pack, words, region));
        usage.watch(model.selectedMuscleProperty(), model.search());
        DetailView detailView = new DetailView(pack.content().guide(), pack.content().muscles(), words,
                model.selectedMuscleProperty(), model.search(), pack.pictures(), muscle -> holdPlayers.forMuscle(muscle, words),
                episodes, voice, language, panels);
        Parent detail = Fxml.load(DetailView.class, "DetailView.fxml", words, detailView);
        LanguageChoice languages = new LanguageChoice(language, switchTo);
        Parent root = Fxml.load(MainView.class, "MainView.fxml", words, new MainView(model, bodyMap, detail,
                pack.content().guide().disclaimer(), languages, notice.text(), appearance));
        return new GuideScreen(model, words, root, detailView);
    }

    /** What a screen reader says for a region: the muscle, the side and the view. */
    private static String accessibleText(GuidePack pack, ResourceBundle words, MuscleRegion region) {
        String muscle = pack.content().muscle(region.muscleId()).map(Muscle::name).orElse(region.muscleId());
        return MessageFormat.format(words.getString("region.accessible"), muscle,
                words.getString("side." + region.id().side().id()),
                words.getString("view." + region.id().view().id()).toLowerCase(words.getLocale()));
    }
}
