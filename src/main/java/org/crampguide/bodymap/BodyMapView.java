package org.crampguide.bodymap;

import org.crampguide.theme.Draws;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import org.crampguide.theme.Resources;

/**
 * The clickable body map: the front and back figures side by side, or one of them when space is
 * short. It shows the muscle it is told to {@link #highlight(String)}; clicking, tapping or pressing
 * Enter/Space on a region asks {@link #setOnPick(Consumer)} to choose that muscle (the owner of the
 * selection decides, and tells the map back).
 */
@Draws
public final class BodyMapView extends javafx.scene.layout.Region {
    private static final double GAP = 24;

    private final ReadOnlyStringWrapper highlighted = new ReadOnlyStringWrapper(this, "highlighted");
    private Consumer<String> onPick = muscleId -> { };
    private final BooleanProperty showBoth = new SimpleBooleanProperty(this, "showBoth", true);
    private final ObjectProperty<Facing> shownView = new SimpleObjectProperty<>(this, "shownView", Facing.FRONT);
    private final Map<Facing, Figure> figures = new EnumMap<>(Facing.class);

    /**
     * @param captions       the name shown under each view ("Front", "Back")
     * @param accessibleText what a screen reader says for a region (the muscle's name and side)
     */
    /** The body map's stylesheet, for the scene that shows it (set once per scene, not per view). */
    public static String stylesheet() {
        return Resources.stylesheet(BodyMapView.class, "BodyMapView.css");
    }

    public BodyMapView(BodyMap map, Map<Facing, String> captions, Function<MuscleRegion, String> accessibleText) {
        getStyleClass().add("body-map");
        for (Facing view : Facing.values()) {
            Figure figure = new Figure(map.view(view), captions.get(view), accessibleText, id -> onPick.accept(id));
            figures.put(view, figure);
            getChildren().add(figure);
        }
        highlighted.addListener((obs, old, id) -> regions().forEach(r -> r.setSelected(r.muscleId().equals(id))));
        showBoth.addListener(obs -> updateShown());
        shownView.addListener(obs -> updateShown());
        updateShown();
    }

    /** Highlights the regions of the muscle {@code muscleId} ({@code null}: none). */
    public void highlight(String muscleId) {
        highlighted.set(muscleId);
    }

    /** The id of the muscle whose regions are highlighted, or {@code null}. */
    public ReadOnlyStringProperty highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    /** What a click, tap or Enter on a region does with its muscle's id. */
    public void setOnPick(Consumer<String> action) {
        this.onPick = action;
    }

    /** Whether both views are drawn side by side; otherwise only {@link #shownViewProperty()}. */
    public BooleanProperty showBothProperty() {
        return showBoth;
    }

    public ObjectProperty<Facing> shownViewProperty() {
        return shownView;
    }

    private List<MuscleRegionShape> regions() {
        List<MuscleRegionShape> all = new ArrayList<>();
        figures.values().forEach(f -> all.addAll(f.regions()));
        return all;
    }

    private void updateShown() {
        figures.forEach((view, figure) -> figure.setVisible(showBoth.get() || view == shownView.get()));
        requestLayout();
    }

    private List<Figure> visibleFigures() {
        return figures.values().stream().filter(Figure::isVisible).toList();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.VERTICAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        List<Figure> shown = visibleFigures();
        double sum = 0;
        for (Figure figure : shown) {
            sum += figure.prefWidth(height < 0 ? -1 : height - snappedTopInset() - snappedBottomInset());
        }
        return sum + GAP * Math.max(0, shown.size() - 1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return figures.get(Facing.FRONT).prefHeight(-1) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 120;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 200;
    }

    @Override
    protected void layoutChildren() {
        List<Figure> shown = visibleFigures();
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double each = (w - GAP * Math.max(0, shown.size() - 1)) / Math.max(1, shown.size());
        double x = snappedLeftInset();
        for (Figure figure : shown) {
            figure.resizeRelocate(x, snappedTopInset(), each, h);
            x += each + GAP;
        }
    }
}
