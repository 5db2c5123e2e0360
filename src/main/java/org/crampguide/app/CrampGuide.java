package org.crampguide.app;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Callback;
import javafx.util.Duration;
import org.crampguide.bodymap.BodyMap;
import org.crampguide.bodymap.BodyMapView;
import org.crampguide.bodymap.BodyView;
import org.crampguide.bodymap.Region;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Language;
import org.crampguide.content.Muscle;
import org.crampguide.content.Problem;
import org.crampguide.guide.DetailView;
import org.crampguide.kiosk.KioskGuide;
import org.crampguide.stretch.StretchPictures;
import org.crampguide.theme.Resources;
import org.crampguide.theme.Theme;
import org.crampguide.usage.GuideUsage;
import org.crampguide.usage.UsageRecorder;

/**
 * The composition root: builds the view models and views for the guide in the chosen language and
 * wires them together through constructor injection. Switching language (or taking in new content)
 * builds the screen anew and keeps the selected muscle.
 */
public final class CrampGuide implements KioskGuide, LiveContent.Screen {
    private GuideLibrary library;
    private Language language;
    private ResourceBundle messages;
    private MainViewModel model;
    private Scene scene;
    /** The main screen at the bottom, kiosk overlays (if any) above it. */
    private final StackPane layers = new StackPane();
    private final Language startLanguage;
    private final Map<Language, Screen> screens = new EnumMap<>(Language.class);
    private final ReadOnlyObjectWrapper<Language> shownLanguage = new ReadOnlyObjectWrapper<>(this, "language");
    private Runnable reload = () -> { };
    /** A message about the content pack shown above the guide (empty: none); it outlives a rebuild. */
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private TextScale textScale;
    /** Counts muscles opened and unanswered searches in every language's screen (kiosk mode only). */
    private final GuideUsage usage = new GuideUsage();
    private final HoldPlayers holdPlayers = new HoldPlayers();

    public CrampGuide(GuideLibrary library, Language language) {
        this.library = library;
        this.language = language;
        this.messages = messagesFor(language);
        this.model = new MainViewModel(library.in(language));
        this.startLanguage = language;
        this.shownLanguage.set(language);
        layers.getStyleClass().add("layers");
    }

    /** Whether the stretch hold timers sound a tone at halfway and at the end (they always flash). */
    void playTones(boolean tones) {
        holdPlayers.playTones(tones);
    }

    /** How to read the content again when staff ask (it should return at once and read off this thread). */
    void onReload(Runnable reloadContent) {
        this.reload = reloadContent;
    }

    /** The UI's words in a language (English for any word not translated). */
    public static ResourceBundle messagesFor(Language language) {
        return ResourceBundle.getBundle("org.crampguide.app.messages", language.locale());
    }

    /** Sets the application-wide look (AtlantaFX's Primer Light); call once on the FX thread. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public MainViewModel model() {
        return model;
    }

    @Override
    public ResourceBundle messages() {
        return messages;
    }

    public Language language() {
        return language;
    }

    /** The main screen, ready to be put in a window of the given size. */
    public Scene createScene(double width, double height) {
        Screen first = buildScreen();
        screens.put(language, first);
        layers.getChildren().setAll(first.root());
        scene = new Scene(layers, width, height);
        // stylesheets go on the scene once: a stylesheet on every rebuilt view made JavaFX keep a
        // style cache per view, so each language switch or content reload left memory behind
        // the theme first: it names the colours the others use (looked up from the scene's root)
        scene.getStylesheets().addAll(Theme.stylesheet(), BodyMapView.stylesheet(), DetailView.stylesheet(),
                MainView.stylesheet());
        textScale = TextScale.follow(scene);
        return scene;
    }

    /** Shows the guide in another language, keeping the selected muscle. */
    public void switchTo(Language newLanguage) {
        if (newLanguage != language) {
            rebuild(library, newLanguage);
        }
    }

    /** Shows new content (a reloaded pack), keeping the language and the selected muscle. */
    @Override
    public void replaceLibrary(GuideLibrary newLibrary) {
        String updated = messages.getString("notice.reloaded");
        notice.set(updated);
        rebuild(newLibrary.shownWith(library.contact()), language); // a reload keeps the kiosk's number
        PauseTransition fade = new PauseTransition(Duration.seconds(6));
        fade.setOnFinished(e -> notice.set(notice.get().equals(updated) ? "" : notice.get()));
        fade.play();
    }

    /**
     * A changed pack that cannot be used: the last good content stays on screen, and a calm notice
     * names the first problems so the editor can fix them.
     */
    @Override
    public void keepContentDespite(List<Problem> problems) {
        StringBuilder text = new StringBuilder(messages.getString("notice.reloadFailed"));
        problems.stream().limit(3).forEach(problem -> text.append('\n').append(problem));
        if (problems.size() > 3) {
            text.append('\n').append(MessageFormat.format(messages.getString("notice.more"), problems.size() - 3));
        }
        notice.set(text.toString());
    }

    /**
     * Shows the guide in {@code newLanguage} from {@code newLibrary}, keeping the selected muscle.
     * Each language's screen is built once and kept: switching back and forth reuses them (fast,
     * and memory stays bounded however often visitors switch); new content builds them anew.
     */
    private void rebuild(GuideLibrary newLibrary, Language newLanguage) {
        Muscle selected = model.selectedMuscleProperty().get();
        if (newLibrary != library) {
            screens.clear(); // new content: every screen is built again from it
            library = newLibrary;
        }
        language = newLanguage;
        Screen screen = screens.get(newLanguage);
        if (screen == null) {
            messages = messagesFor(newLanguage);
            model = new MainViewModel(newLibrary.in(newLanguage));
            screen = buildScreen();
            screens.put(newLanguage, screen);
        }
        model = screen.model();
        messages = screen.messages();
        model.search().clear();
        if (selected != null) {
            model.select(selected.id());
        } else {
            model.showOverview();
        }
        layers.getChildren().set(0, screen.root());
        shownLanguage.set(newLanguage);
    }

    @Override
    public ReadOnlyObjectProperty<Language> languageProperty() {
        return shownLanguage.getReadOnlyProperty();
    }

    /** One language's screen, kept for switching back. */
    private record Screen(MainViewModel model, ResourceBundle messages, Parent root, DetailView detail) {
        /** As a new visitor finds it: the overview, front view, no search, panels folded as at first, scrolled to the top. */
        void startOver() {
            model.search().clear();
            model.showOverview();
            model.shownViewProperty().set(BodyView.FRONT);
            detail.startOver();
            root.lookupAll(".scroll-pane").forEach(node -> ((ScrollPane) node).setVvalue(0));
        }
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
        return Optional.ofNullable(model.selectedMuscleProperty().get());
    }

    @Override
    public void select(String muscleId) {
        model.search().show(muscleId, null);
    }

    @Override
    public void resetToStart() {
        Window window = scene.getWindow();
        List.copyOf(Window.getWindows()).stream().filter(w -> w != window).forEach(Window::hide); // pop-overs
        if (language != startLanguage) {
            switchTo(startLanguage);
        }
        screens.values().forEach(Screen::startOver); // the kept other-language screens too
        layers.lookupAll(".scroll-pane").forEach(node -> ((ScrollPane) node).setVvalue(0));
    }

    /** Kiosk mode: counts muscles opened and unanswered searches from now on. */
    public void recordUsageTo(UsageRecorder recorder) {
        usage.recordTo(recorder);
    }

    @Override
    public void readFromAStepBack() {
        textScale.setFactor(TextScale.KIOSK_FACTOR);
    }

    @Override
    public void reloadContent() {
        reload.run();
    }

    private Screen buildScreen() {
        ResourceBundle words = messages; // this screen's language, also for what it builds later
        GuidePack pack = library.in(language);
        Map<BodyView, String> captions = new EnumMap<>(BodyView.class);
        captions.put(BodyView.FRONT, messages.getString("view.front"));
        captions.put(BodyView.BACK, messages.getString("view.back"));
        BodyMapView bodyMap = new BodyMapView(pack.bodyMap(), captions, region -> accessibleText(pack, region));
        bodyMap.selectedMuscleProperty().set(model.selectedMuscleProperty().get() == null ? null
                : model.selectedMuscleProperty().get().id());
        usage.watch(model.selectedMuscleProperty(), model.search());
        DetailView detailView = new DetailView(pack.content().guide(), messages, model.selectedMuscleProperty(), model.search(),
                pack.pictures(), muscle -> holdPlayers.forMuscle(muscle, words));
        Parent detail = load(DetailView.class, "DetailView.fxml", type -> detailView);
        LanguageChoice languages = new LanguageChoice(language, this::switchTo);
        Parent root = load(MainView.class, "MainView.fxml", type -> new MainView(model, bodyMap, detail,
                pack.content().guide().disclaimer(), languages, notice));
        return new Screen(model, messages, root, detailView);
    }

    private String accessibleText(GuidePack pack, Region region) {
        String muscle = pack.content().muscle(region.muscleId()).map(Muscle::name).orElse(region.muscleId());
        return MessageFormat.format(messages.getString("region.accessible"), muscle,
                messages.getString("side." + region.id().side().id()),
                messages.getString("view." + region.id().view().id()).toLowerCase(messages.getLocale()));
    }

    private Parent load(Class<?> owner, String fxml, Callback<Class<?>, Object> controllers) {
        FXMLLoader loader = new FXMLLoader(Resources.url(owner, fxml), messages);
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + fxml, e);
        }
    }
}
