package org.crampguide.guide;

import org.crampguide.usage.PanelWatch;
import org.crampguide.theme.Draws;

import java.text.MessageFormat;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.crampguide.content.Guide;
import org.crampguide.content.Muscle;
import org.crampguide.content.Language;
import org.crampguide.firstaid.Episodes;
import org.crampguide.firstaid.FirstAidFlowView;
import org.crampguide.firstaid.FlowVoice;
import org.crampguide.stretch.StretchPictures;
import org.crampguide.theme.Resources;

/**
 * The detail area: the overview while nothing is selected, otherwise the selected muscle's page;
 * while a search is under way, its results. Each page is built once and kept in the area, styled
 * and laid out, with only the chosen one visible: a selection shows a page and hides another, and
 * asks for no new styling or layout. The first page is built for the first frame; the rest are
 * built after it, one at a time in quiet moments, so input is never held up.
 */
@Draws
public final class DetailView {
    /** How long the screen must go untouched before another page is built. */
    private static final Duration QUIET_BEFORE_A_BUILD = Duration.millis(400);
    private static final Duration SET_ASIDE_AFTER = Duration.millis(250);

    private final GuidePageView.Parts parts;
    private final ObservableValue<Muscle> selectedMuscle;
    private final SearchModel search;
    private final List<Muscle> muscles;
    /** The pages built so far; the overview's key is null. */
    private final Map<Muscle, GuidePageView> built = new HashMap<>();
    private GuidePageView shown;
    private PauseTransition preparing;

    @FXML private StackPane pages;
    @FXML private ScrollPane resultsScroll;
    @FXML private VBox resultsBox;

    /**
     * The detail area's stylesheets, for the scene that shows it: its own, what to do now's row
     * (the panel view's), the rows' (badges, myth cards), then the first-aid flow's.
     */
    public static List<String> stylesheets() {
        return List.of(Resources.stylesheet(DetailView.class, "DetailView.css"),
                Resources.stylesheet(DetailView.class, "PanelView.css"),
                Resources.stylesheet(DetailView.class, "GuideRows.css"), FirstAidFlowView.stylesheet());
    }

    /**
     * @param pictures the stretch pictures the content names
     * @param holdPlayer makes the hold player for a muscle's stretch (null: no timer for this muscle)
     * @param episodes makes each muscle page's first-aid flow
     * @param voice reads the flow aloud, in {@code language}
     * @param watch hears of every panel a visitor unfolds
     */
    public DetailView(Guide guide, List<Muscle> muscles, ResourceBundle messages, ObservableValue<Muscle> selectedMuscle,
            SearchModel search, StretchPictures pictures, Function<Muscle, FirstAidFlowView.Hold> holdPlayer,
            Episodes episodes, FlowVoice voice, Language language, PanelWatch watch) {
        this.parts = new GuidePageView.Parts(guide, messages, new GuidePanels(guide, messages),
                new GuideRows(messages, guide.sources()), pictures, holdPlayer, episodes,
                panel -> search.show(null, panel), voice, language, watch);
        this.selectedMuscle = selectedMuscle;
        this.search = search;
        this.muscles = List.copyOf(muscles);
    }

    @FXML
    private void initialize() {
        selectedMuscle.addListener((obs, old, muscle) -> show());
        search.resultsProperty().addListener((obs, old, results) -> showSearch());
        search.queryProperty().addListener((obs, old, query) -> showSearch());
        search.revealProperty().addListener((obs, old, request) -> {
            if (request != null && shown != null) {
                shown.reveal(request.panel());
            }
        });
        show();
    }

    /** Shows the current choice afresh: every built page's panels folded or open as at first, scrolled to the top. */
    public void startOver() {
        built.values().forEach(GuidePageView::startOver);
        show();
    }

    /**
     * Builds the pages not built yet, one at a time whenever nobody has touched the screen for a
     * moment, so that a first selection is as quick as any other and a build never holds up a tap.
     * Call it once the area is on screen.
     */
    public void prepareTheRest() {
        Scene scene = pages.getScene();
        if (preparing != null || scene == null) {
            return;
        }
        Deque<Muscle> waiting = new LinkedList<>(muscles); // may hold null, the overview
        waiting.addFirst(null);
        preparing = new PauseTransition(QUIET_BEFORE_A_BUILD);
        EventHandler<InputEvent> input = e -> preparing.playFromStart(); // wait for the next quiet moment
        scene.addEventFilter(InputEvent.ANY, input);
        preparing.setOnFinished(e -> {
            while (!waiting.isEmpty() && built.containsKey(waiting.peekFirst())) {
                waiting.removeFirst();
            }
            Window window = scene.getWindow();
            boolean onScreen = pages.getScene() == scene && window != null && window.isShowing();
            if (waiting.isEmpty() || !onScreen) { // done, or set aside (another language, a closed window)
                scene.removeEventFilter(InputEvent.ANY, input);
                preparing = null;
            } else {
                page(waiting.removeFirst()); // styled and laid out in the next frame
                preparing.playFromStart();
            }
        });
        preparing.play();
    }

    private GuidePageView page(Muscle muscle) {
        return built.computeIfAbsent(muscle, key -> {
            GuidePageView page = GuidePageView.load(parts, key);
            page.node().setVisible(false);
            pages.getChildren().add(page.node());
            return page;
        });
    }

    private void show() {
        GuidePageView next = page(selectedMuscle.getValue());
        if (next != shown) {
            if (shown != null) {
                shown.node().setVisible(false);
                setAside(shown);
            }
            next.scrollToTop();
            shown = next;
            next.shown();
        }
        showSearch();
    }

    /**
     * Puts a page that was just hidden back as first built, so it opens the same way next time and
     * what was unfolded on it is let go. Done a moment after the frame that shows the new page, so
     * the selection itself does not wait for it.
     */
    private void setAside(GuidePageView page) {
        PauseTransition later = new PauseTransition(SET_ASIDE_AFTER);
        later.setOnFinished(e -> {
            if (page != shown) {
                page.startOver();
            }
        });
        later.play();
    }

    /** While a search is under way its results replace the page; when it ends the page returns. */
    private void showSearch() {
        boolean searching = search.searching();
        resultsScroll.setVisible(searching);
        shown.node().setVisible(!searching);
        // what is shown comes first among the area's children, so a look-up by id finds it
        (searching ? resultsScroll : shown.node()).toBack();
        if (searching) {
            String query = search.queryProperty().get().strip();
            List<GuideSearch.Hit> results = search.resultsProperty();
            Label heading = new Label(MessageFormat.format(parts.messages().getString(
                    results.isEmpty() ? "search.none" : "search.results"), query));
            heading.getStyleClass().add("results-heading");
            heading.setWrapText(true);
            resultsBox.getChildren().setAll(heading);
            results.forEach(hit -> resultsBox.getChildren().add(result(hit)));
            resultsScroll.setVvalue(0);
        } else {
            resultsBox.getChildren().clear();
        }
    }

    /** A result card: where it leads and the matching text; a click, tap, Enter or Space opens it. */
    private VBox result(GuideSearch.Hit hit) {
        ResourceBundle messages = parts.messages();
        String where = (hit.muscleName() == null ? messages.getString("search.general") : hit.muscleName())
                + (hit.panel() == null ? "" : " · " + messages.getString(hit.panel().titleKey()));
        Label place = new Label(where);
        place.getStyleClass().add("result-place");
        VBox card = new VBox(place, GuideRows.paragraph(hit.text()));
        card.getStyleClass().add("search-result");
        card.setFocusTraversable(true);
        card.setAccessibleRole(AccessibleRole.BUTTON);
        card.setAccessibleText(where + ": " + hit.text());
        card.setOnMouseClicked(e -> search.open(hit));
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                search.open(hit);
                e.consume();
            }
        });
        return card;
    }
}
