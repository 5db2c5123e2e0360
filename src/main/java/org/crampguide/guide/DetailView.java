package org.crampguide.guide;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.ResourceBundle;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.crampguide.content.Guide;
import org.crampguide.content.Muscle;
import org.crampguide.stretch.StretchArt;
import org.crampguide.stretch.StretchPicture;
import org.crampguide.stretch.StretchPictures;
import org.crampguide.theme.Resources;

/**
 * The detail area: the overview while nothing is selected, otherwise the selected muscle's name,
 * where it is, and its panels; while a search is under way, its results. Rebuilt from data
 * already in memory, so a selection is instant.
 */
public final class DetailView {
    private static final PseudoClass TARGET = PseudoClass.getPseudoClass("target");

    private final Guide guide;
    private final GuidePanels panels;
    private final GuideRows rows;
    private final ResourceBundle messages;
    private final ObservableValue<Muscle> selectedMuscle;
    private final SearchModel search;
    private final StretchPictures pictures;
    private final Function<Muscle, Node> holdPlayer;
    /** Screens kept built, styled and laid out: the overview (key null) and the last muscles shown. */
    private static final int KEPT_SCREENS = 4;
    /**
     * Each screen is built once and kept for the next time, the least recently shown dropped when
     * more than {@link #KEPT_SCREENS} are kept (a screen's laid-out text takes a few megabytes).
     */
    private final Map<Muscle, Screen> screens = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Muscle, Screen> eldest) {
            return size() > KEPT_SCREENS;
        }
    };
    private Screen shown;

    @FXML private ScrollPane scroll;
    @FXML private VBox warningBox;
    @FXML private Label warningTitle;
    @FXML private Label warningText;
    @FXML private VBox header;
    @FXML private Label eyebrow;
    @FXML private Label title;
    @FXML private Label anatomy;
    @FXML private Label muscleLocation;
    @FXML private VBox intro;
    @FXML private VBox panelBox;
    @FXML private VBox resultsBox;

    /** The detail area's stylesheets, for the scene that shows it: its own, then the rows' (badges, myth cards). */
    public static List<String> stylesheets() {
        return List.of(Resources.stylesheet(DetailView.class, "DetailView.css"),
                Resources.stylesheet(DetailView.class, "GuideRows.css"));
    }

    /**
     * @param pictures the stretch pictures the content names
     * @param holdPlayer makes the hold player for a muscle's stretch (null: no timer for this muscle)
     */
    public DetailView(Guide guide, ResourceBundle messages, ObservableValue<Muscle> selectedMuscle, SearchModel search,
            StretchPictures pictures, Function<Muscle, Node> holdPlayer) {
        this.guide = guide;
        this.messages = messages;
        this.panels = new GuidePanels(guide, messages);
        this.rows = new GuideRows(messages, guide.sources());
        this.selectedMuscle = selectedMuscle;
        this.search = search;
        this.pictures = pictures;
        this.holdPlayer = holdPlayer;
    }

    /** One built screen: its panels, and how to put them back as they first were. */
    private record Screen(List<Node> panes, List<PanelView.Built> built) {
        void startOver() {
            built.forEach(b -> b.startOver().run());
        }
    }

    @FXML
    private void initialize() {
        selectedMuscle.addListener((obs, old, muscle) -> show(muscle));
        search.resultsProperty().addListener((obs, old, results) -> showSearch());
        search.queryProperty().addListener((obs, old, query) -> showSearch());
        search.revealProperty().addListener((obs, old, request) -> {
            if (request != null) {
                reveal(request.panel());
            }
        });
        show(selectedMuscle.getValue());
    }

    /** Shows the current choice afresh: every kept screen's panels folded or open as at first, scrolled to the top. */
    public void startOver() {
        screens.values().forEach(Screen::startOver);
        show(selectedMuscle.getValue());
    }

    private void show(Muscle muscle) {
        boolean overview = muscle == null;
        setShown(warningBox, !overview && muscle.hasWarning());
        if (!overview && muscle.hasWarning()) {
            warningTitle.setText(muscle.warning().title());
            warningText.setText(muscle.warning().text());
        }
        eyebrow.setText(messages.getString(overview ? "detail.overview" : "detail.selected"));
        title.setText(overview ? guide.overview().title() : muscle.name());
        setShown(anatomy, false);
        setShown(muscleLocation, !overview);
        intro.getChildren().clear();
        if (overview) {
            guide.overview().whatIsACramp().forEach(text -> intro.getChildren().add(GuideRows.paragraph(text)));
            intro.getChildren().addAll(GuideRows.paragraph(guide.overview().whenTheyHappen()),
                    GuideRows.paragraph(guide.overview().whereTheyStrike()));
        } else {
            muscleLocation.setText(muscle.location()); // the medical names and the summary wait in "About"
        }
        shown = screens.computeIfAbsent(muscle, this::build);
        panelBox.getChildren().setAll(shown.panes());
        showSearch();
        scroll.setVvalue(0);
    }

    /** While a search is under way its results replace the guide; when it ends the guide returns. */
    private void showSearch() {
        boolean searching = search.searching();
        setShown(resultsBox, searching);
        setShown(header, !searching);
        setShown(intro, !searching);
        setShown(panelBox, !searching);
        if (searching) {
            setShown(warningBox, false);
            String query = search.queryProperty().get().strip();
            List<GuideSearch.Hit> results = search.resultsProperty();
            Label heading = new Label(MessageFormat.format(messages.getString(
                    results.isEmpty() ? "search.none" : "search.results"), query));
            heading.getStyleClass().add("results-heading");
            heading.setWrapText(true);
            resultsBox.getChildren().setAll(heading);
            results.forEach(hit -> resultsBox.getChildren().add(result(hit)));
            scroll.setVvalue(0);
        } else {
            resultsBox.getChildren().clear();
            Muscle muscle = selectedMuscle.getValue();
            setShown(warningBox, muscle != null && muscle.hasWarning());
        }
    }

    /** A result card: where it leads and the matching text; a click, tap, Enter or Space opens it. */
    private VBox result(GuideSearch.Hit hit) {
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

    /** Unfolds a panel, scrolls it to the top of the view and marks it for a moment. */
    private void reveal(PanelKind kind) {
        if (shown == null) {
            return;
        }
        shown.built().stream().filter(b -> kind.nodeId().equals(b.pane().getId())).findFirst()
                .ifPresent(built -> {
                    built.showAll().run();
                    Node node = built.pane();
                    scroll.applyCss();
                    scroll.layout();
                    double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                    double scrollable = scroll.getContent().getLayoutBounds().getHeight()
                            - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(scrollable <= 0 ? 0 : Math.min(1, y / scrollable));
                    node.pseudoClassStateChanged(TARGET, true);
                    PauseTransition fade = new PauseTransition(Duration.seconds(2));
                    fade.setOnFinished(e -> node.pseudoClassStateChanged(TARGET, false));
                    fade.play();
                });
    }

    /** Builds a screen's panels; folded ones and "More" build their insides only when opened. */
    private Screen build(Muscle muscle) {
        PanelView view = new PanelView(rows, messages, section -> extras(muscle, section));
        List<PanelView.Built> built = (muscle == null ? panels.overview() : panels.forMuscle(muscle)).stream()
                .map(view::build).toList();
        return new Screen(built.stream().map(b -> (Node) b.pane()).toList(), built);
    }

    /** Beside a muscle's stretch steps: the pictures of the positions; under them, the hold player. */
    private PanelView.Beside extras(Muscle muscle, Panel.Section section) {
        if (muscle == null || section.style() != Panel.Style.STEPS || !section.items().equals(muscle.stretch().steps())) {
            return PanelView.Beside.NOTHING;
        }
        VBox column = null;
        List<StretchArt> arts = pictures.of(muscle);
        if (!arts.isEmpty()) {
            column = new VBox();
            column.getStyleClass().add("stretch-pictures");
            column.setId("stretch-pictures");
            column.setMinWidth(Region.USE_PREF_SIZE); // the steps' text wraps; the pictures keep their size
            for (StretchArt art : arts) {
                StretchPicture picture = new StretchPicture(art);
                picture.setPrefSize(300, 250);
                picture.setMaxSize(300, 250);
                column.getChildren().add(picture);
            }
        }
        Node player = holdPlayer == null ? null : holdPlayer.apply(muscle);
        return new PanelView.Beside(column, player == null ? List.of() : List.of(player));
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
