package org.crampguide.guide;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.crampguide.bodymap.Facing;
import org.crampguide.content.Muscle;
import org.crampguide.library.GuidePack;

/**
 * What the main screen shows: which muscle is selected (none means the overview) and, when only
 * one view of the body fits, which one. No nodes, so it is tested without a toolkit.
 */
public final class MainViewModel {
    private final GuidePack pack;
    private final ReadOnlyObjectWrapper<Muscle> selectedMuscle = new ReadOnlyObjectWrapper<>(this, "selectedMuscle");
    private final ObjectProperty<Facing> shownView = new SimpleObjectProperty<>(this, "shownView", Facing.FRONT);

    private final SearchModel search;

    public MainViewModel(GuidePack pack) {
        this.pack = pack;
        this.search = new SearchModel(new GuideSearch(pack.content()), this::select);
    }

    public SearchModel search() {
        return search;
    }

    public List<Muscle> muscles() {
        return pack.content().muscles();
    }

    public ReadOnlyObjectProperty<Muscle> selectedMuscleProperty() {
        return selectedMuscle.getReadOnlyProperty();
    }

    /** Whether the overview (nothing selected) is showing. */
    public BooleanBinding overviewShowing() {
        return Bindings.isNull(selectedMuscle);
    }

    public ObjectProperty<Facing> shownViewProperty() {
        return shownView;
    }

    /**
     * Selects a muscle by id (an unknown id or {@code null} returns to the overview). When the
     * shown view has none of its regions, turns to the view that has.
     */
    public void select(String muscleId) {
        Muscle muscle = muscleId == null ? null : pack.content().muscle(muscleId).orElse(null);
        selectedMuscle.set(muscle);
        if (muscle != null && !drawnIn(muscle.id(), shownView.get())) {
            for (Facing view : Facing.values()) {
                if (drawnIn(muscle.id(), view)) {
                    shownView.set(view);
                    break;
                }
            }
        }
    }

    /** Width over height of one view of the body, for deciding whether both views fit. */
    public double figureAspect() {
        var front = pack.bodyMap().view(Facing.FRONT);
        return front.width() / front.height();
    }

    public void showOverview() {
        selectedMuscle.set(null);
    }

    private boolean drawnIn(String muscleId, Facing view) {
        return pack.bodyMap().view(view).regions().stream().anyMatch(r -> r.muscleId().equals(muscleId));
    }
}
