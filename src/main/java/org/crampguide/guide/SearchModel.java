package org.crampguide.guide;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;

/**
 * The state of a search: what a person typed, what it found, and which panel to bring into view
 * when they open a result. No nodes, so it is tested without a toolkit.
 */
public final class SearchModel {
    /** A request to bring a panel into view; a new object each time, so the same panel can be asked for twice. */
    public static final class Reveal {
        private final PanelKind panel;

        Reveal(PanelKind panel) {
            this.panel = panel;
        }

        public PanelKind panel() {
            return panel;
        }
    }

    private final GuideSearch index;
    private final Consumer<String> selectMuscle;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyListWrapper<GuideSearch.Hit> results =
            new ReadOnlyListWrapper<>(this, "results", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<Reveal> reveal = new ReadOnlyObjectWrapper<>(this, "reveal");

    /** @param selectMuscle selects a muscle by id, or shows the overview for {@code null} */
    public SearchModel(GuideSearch index, Consumer<String> selectMuscle) {
        this.index = index;
        this.selectMuscle = selectMuscle;
        query.addListener((obs, old, text) -> results.setAll(index.find(text)));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ReadOnlyListProperty<GuideSearch.Hit> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Reveal> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    /** Whether a search is under way (results, or the lack of them, are showing). */
    public boolean searching() {
        return !query.get().isBlank();
    }

    /** Goes where a result leads: its muscle (or the overview) and its panel; ends the search. */
    public void open(GuideSearch.Hit hit) {
        show(hit.muscleId(), hit.panel());
    }

    /** Ends any search and shows a muscle (or the overview, for {@code null}) with a panel in view. */
    public void show(String muscleId, PanelKind panel) {
        selectMuscle.accept(muscleId);
        query.set("");
        if (panel != null) {
            reveal.set(new Reveal(panel));
        }
    }

    /** Clears the search, as after a reset. */
    public void clear() {
        query.set("");
    }
}
