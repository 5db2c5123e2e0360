package org.crampguide.app;

import org.crampguide.theme.Draws;

import org.crampguide.guide.ContentNotice;
import org.crampguide.guide.GuideScreen;
import org.crampguide.guide.HoldPlayers;
import org.crampguide.guide.LanguageScreens;
import org.crampguide.guide.MainView;
import org.crampguide.guide.MainViewModel;
import org.crampguide.guide.ScreenFactory;
import org.crampguide.guide.TextScale;

import org.crampguide.theme.ControlLook;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.crampguide.bodymap.BodyMap;
import org.crampguide.bodymap.BodyMapView;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Language;
import org.crampguide.content.Muscle;
import org.crampguide.content.Problem;
import org.crampguide.guide.DetailView;
import org.crampguide.kiosk.ShownGuide;
import org.crampguide.library.GuideLibrary;
import org.crampguide.stretch.StretchPictures;
import org.crampguide.theme.Theme;
import org.crampguide.hold.HoldPlayerView;
import org.crampguide.stretch.StretchPicture;
import org.crampguide.firstaid.Episodes;
import org.crampguide.speech.Voice;
import org.crampguide.theme.Appearance;
import org.crampguide.guide.GuideUsage;
import org.crampguide.usage.PanelWatch;
import org.crampguide.usage.UsageRecorder;

/**
 * The guide on screen: the main screen in the language shown, above it the kiosk's layers if any.
 * Switching language shows that language's screen (built once and kept); new content builds them
 * anew. Either way the selected muscle stays. It is what kiosk mode and live content work with.
 */
@Draws
public final class GuideOnScreen implements ShownGuide, LiveContent.Shown {
    private GuideLibrary library;
    private Language language;
    private GuideScreen screen;
    private Scene scene;
    /** The main screen at the bottom, kiosk overlays (if any) above it. */
    private final StackPane layers = new StackPane();
    private final Language startLanguage;
    private final LanguageScreens screens = new LanguageScreens();
    private final ReadOnlyObjectWrapper<Language> shownLanguage = new ReadOnlyObjectWrapper<>(this, "language");
    private final ContentNotice notice = new ContentNotice();
    /** Counts muscles opened and unanswered searches in every language's screen (kiosk mode only). */
    private final GuideUsage usage = new GuideUsage();
    private final HoldPlayers holdPlayers = new HoldPlayers();
    /** Hears of every panel a visitor unfolds, in every language's screen (the kiosk counts them). */
    private final PanelWatch panels = new PanelWatch();
    /** Every screen's first-aid flows, on one clock, their answers counted. */
    private final Episodes episodes;
    private final Voice voice;
    private final ScreenFactory factory;
    private Runnable reload = () -> { };
    /** High contrast and A+ / A−, for every screen; the idle reset puts it back. */
    private final Appearance appearance = new Appearance();
    /** The text's size before A+ / A−: the window's own, or the kiosk's larger. */
    private double baseTextFactor = 1;
    private TextScale textScale;

    public GuideOnScreen(GuideLibrary library, Language language) {
        this(library, language, () -> System.nanoTime() / 1_000_000);
    }

    public GuideOnScreen(GuideLibrary library, Language language, java.util.function.LongSupplier episodeClock) {
        this(library, language, episodeClock, Voice.silent());
    }

    /**
     * @param episodeClock the first-aid flows' monotonic clock in milliseconds (a kiosk's, or a test's)
     * @param voice what reads the flow's steps and the hold's cues aloud ({@link Voice#silent()}: nothing)
     */
    public GuideOnScreen(GuideLibrary library, Language language, java.util.function.LongSupplier episodeClock,
            Voice voice) {
        this.voice = voice;
        this.episodes = new Episodes(episodeClock, usage::firstAid);
        this.factory = new ScreenFactory(notice, holdPlayers, usage, episodes, voice, appearance, this::switchTo, panels);
        this.library = library;
        this.language = language;
        this.startLanguage = language;
        this.shownLanguage.set(language);
        layers.getStyleClass().add("layers");
    }

    /** Whether the stretch hold timers sound a tone at halfway and at the end (they always flash). */
    void playTones(boolean tones) {
        holdPlayers.playTones(tones);
    }

    /** The first-aid flows of every screen: whether a cramp is being dealt with, for the kiosk's idle reset. */
    @Override
    public Episodes episodes() {
        return episodes;
    }

    /** The guide's voice (silent unless speech is on). */
    @Override
    public Voice voice() {
        return voice;
    }

    @Override
    public PanelWatch panels() {
        return panels;
    }

    GuideLibrary library() { // on screen, every language
        return library;
    }

    /** How to read the content again when staff ask (it should return at once and read off this thread). */
    void onReload(Runnable reloadContent) {
        this.reload = reloadContent;
    }

    /** The UI's words in a language (English for any word not translated). */
    public static ResourceBundle messagesFor(Language language) {
        return ResourceBundle.getBundle("org.crampguide.app.messages", language.locale());
    }

    /** Sets the controls' look (AtlantaFX's Primer Light, trimmed: {@link ControlLook}); call once on the FX thread. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(ControlLook.stylesheet());
    }

    public MainViewModel model() {
        return screen.model();
    }

    @Override
    public ResourceBundle messages() {
        return screen != null ? screen.messages() : messagesFor(language);
    }

    public Language language() {
        return language;
    }

    /**
     * The guide's stylesheets, in the order the scene takes them (see {@link Theme}): the theme
     * first, as it names the colours the others use; the parts the guide is drawn with; its screens;
     * the hold player. The kiosk adds its own after these.
     */
    static List<String> stylesheets() {
        List<String> all = new ArrayList<>(List.of(Theme.stylesheet(), StretchPicture.stylesheet(),
                BodyMapView.stylesheet()));
        all.addAll(DetailView.stylesheets());
        all.addAll(List.of(MainView.stylesheet(), HoldPlayerView.stylesheet()));
        return List.copyOf(all);
    }

    /** The main screen, ready to be put in a window of the given size. */
    public Scene createScene(double width, double height) {
        screen = screens.in(language, this::build);
        layers.getChildren().setAll(screen.root());
        scene = new Scene(layers, width, height);
        scene.getStylesheets().addAll(stylesheets());
        textScale = TextScale.follow(scene);
        Scene shown = scene;
        appearance.textStepProperty().addListener((obs, was, step) -> textScale.setFactor(baseTextFactor
                * appearance.textFactor()));
        appearance.highContrastProperty().addListener((obs, was, on) -> {
            shown.getStylesheets().remove(Theme.highContrast());
            if (on) {
                shown.getStylesheets().add(Theme.highContrast()); // last: its names win
            }
        });
        screen.detail().prepareTheRest();
        return scene;
    }

    private GuideScreen build(Language shown) {
        return factory.build(library.in(shown), messagesFor(shown), shown);
    }

    /** Shows the guide in another language, keeping the selected muscle. */
    public void switchTo(Language newLanguage) {
        if (newLanguage != language) {
            show(newLanguage);
        }
    }

    /** Shows new content (a reloaded pack), keeping the language and the selected muscle. */
    @Override
    public void replaceLibrary(GuideLibrary newLibrary) {
        notice.reloaded(messages());
        library = newLibrary.shownWith(library.contact()); // a reload keeps the kiosk's number
        screens.clear(); // new content: every screen is built again from it
        show(language);
    }

    /**
     * A changed pack that cannot be used: the last good content stays on screen, and a calm notice
     * names the first problems so the editor can fix them.
     */
    @Override
    public void keepContentDespite(List<Problem> problems) {
        notice.cannotUse(messages(), problems);
    }

    /** Shows the screen for {@code newLanguage}, with the muscle selected now still selected. */
    private void show(Language newLanguage) {
        Muscle selected = screen.model().selectedMuscleProperty().get();
        language = newLanguage;
        screen = screens.in(newLanguage, this::build);
        screen.model().search().clear();
        if (selected != null) {
            screen.model().select(selected.id());
        } else {
            screen.model().showOverview();
        }
        layers.getChildren().set(0, screen.root());
        screen.detail().prepareTheRest();
        shownLanguage.set(newLanguage);
    }

    @Override
    public ReadOnlyObjectProperty<Language> languageProperty() {
        return shownLanguage.getReadOnlyProperty();
    }

    @Override
    public StackPane layers() {
        return layers;
    }

    @Override
    public GuideContent content() {
        return library.in(language).content();
    }

    @Override
    public StretchPictures pictures() {
        return library.in(language).pictures();
    }

    @Override
    public BodyMap bodyMap() {
        return library.in(language).bodyMap();
    }

    @Override
    public Optional<Muscle> selectedMuscle() {
        return Optional.ofNullable(screen.model().selectedMuscleProperty().get());
    }

    @Override
    public void select(String muscleId) {
        screen.model().search().show(muscleId, null);
    }

    @Override
    public void resetToStart() {
        Window window = scene.getWindow();
        List.copyOf(Window.getWindows()).stream().filter(w -> w != window).forEach(Window::hide); // pop-overs
        if (language != startLanguage) {
            switchTo(startLanguage);
        }
        screens.forEach(GuideScreen::startOver); // the kept other-language screens too
        voice.reset(); // nothing more is said, and reading along is as the setting says
        appearance.reset(); // the usual contrast and text size for the next visitor
        layers.lookupAll(".scroll-pane").forEach(node -> ((ScrollPane) node).setVvalue(0));
    }

    /** Kiosk mode: counts muscles opened and unanswered searches from now on. */
    public void recordUsageTo(UsageRecorder recorder) {
        usage.recordTo(recorder);
    }

    @Override
    public void readFromAStepBack() {
        baseTextFactor = TextScale.KIOSK_FACTOR;
        textScale.setFactor(baseTextFactor * appearance.textFactor());
    }

    @Override
    public void reloadContent() {
        reload.run();
    }
}
