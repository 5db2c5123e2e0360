package org.crampguide.guide;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.crampguide.content.Guide;
import org.crampguide.content.Item;
import org.crampguide.content.Muscle;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

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

    /** The detail area's stylesheet, for the scene that shows it. */
    public static String stylesheet() {
        return DetailView.class.getResource("detail.css").toExternalForm();
    }

    public DetailView(Guide guide, ResourceBundle messages, ObservableValue<Muscle> selectedMuscle, SearchModel search) {
        this.guide = guide;
        this.messages = messages;
        this.panels = new GuidePanels(guide, messages);
        this.rows = new GuideRows(messages, guide.sources());
        this.selectedMuscle = selectedMuscle;
        this.search = search;
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

    /** Shows the current choice afresh: panels folded or open as at first, scrolled to the top. */
    public void startOver() {
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
        setShown(anatomy, !overview);
        setShown(muscleLocation, !overview);
        intro.getChildren().clear();
        if (overview) {
            guide.overview().whatIsACramp().forEach(text -> intro.getChildren().add(GuideRows.paragraph(text)));
            intro.getChildren().addAll(GuideRows.paragraph(guide.overview().whenTheyHappen()),
                    GuideRows.paragraph(guide.overview().whereTheyStrike()));
        } else {
            anatomy.setText(String.join(" · ", muscle.anatomicalNames()));
            muscleLocation.setText(muscle.location());
            intro.getChildren().add(GuideRows.paragraph(muscle.summary()));
        }
        List<Panel> shown = overview ? panels.overview() : panels.forMuscle(muscle);
        panelBox.getChildren().setAll(shown.stream().map(this::panel).toList());
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
        panelBox.getChildren().stream().filter(node -> kind.nodeId().equals(node.getId())).findFirst()
                .ifPresent(node -> {
                    ((TitledPane) node).setExpanded(true);
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

    private TitledPane panel(Panel panel) {
        VBox body = new VBox();
        body.getStyleClass().add("panel-body");
        for (Panel.Section section : panel.sections()) {
            body.getChildren().add(section(section));
        }
        panel.myths().forEach(myth -> body.getChildren().add(rows.myth(myth)));
        panel.sources().forEach(source -> body.getChildren().add(rows.source(source)));
        if (panel.note() != null) {
            Label note = GuideRows.paragraph(panel.note());
            note.getStyleClass().add("panel-note");
            body.getChildren().add(note);
        }
        TitledPane pane = new TitledPane(messages.getString(panel.kind().titleKey()), body);
        pane.setId(panel.kind().nodeId());
        pane.getStyleClass().addAll("guide-panel", panel.kind().nodeId());
        pane.setGraphic(new FontIcon(icon(panel.kind())));
        pane.setAnimated(false);
        pane.setExpanded(panel.expanded());
        return pane;
    }

    private VBox section(Panel.Section section) {
        VBox box = new VBox();
        box.getStyleClass().addAll("panel-section",
                "section-" + section.style().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (section.heading() != null) {
            Label heading = new Label(section.heading());
            heading.getStyleClass().add("section-heading");
            heading.setWrapText(true);
            box.getChildren().add(heading);
        }
        if (section.intro() != null) {
            box.getChildren().add(GuideRows.paragraph(section.intro()));
        }
        List<Item> items = section.items();
        for (int i = 0; i < items.size(); i++) {
            box.getChildren().add(rows.item(items.get(i), section.style() == Panel.Style.STEPS ? String.valueOf(i + 1) : null));
        }
        return box;
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static Ikon icon(PanelKind kind) {
        return switch (kind) {
            case FIRST_AID -> Material2AL.HEALING;
            case CAUSES -> Material2AL.HELP_OUTLINE;
            case SYMPTOMS -> Material2AL.FLASH_ON;
            case PREVENTION -> Material2MZ.SECURITY;
            case NUTRITION -> Material2MZ.RESTAURANT;
            case AT_RISK -> Material2AL.GROUP;
            case SEE_A_DOCTOR -> Material2AL.LOCAL_HOSPITAL;
            case MYTHS -> Material2AL.LIGHTBULB;
            case SOURCES -> Material2MZ.MENU_BOOK;
        };
    }
}
