package org.crampguide.bodymap;

import org.crampguide.theme.Draws;

import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.SVGPath;

/**
 * One clickable region of the drawing. It carries its region id as node id, the style class
 * {@code muscle-region}, the {@code :selected} pseudo-class while its muscle is selected, and it
 * answers a click, a tap, Enter or Space by asking for its muscle to be selected.
 */
@Draws
final class MuscleRegionShape extends SVGPath {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final MuscleRegion region;
    private boolean selected;

    MuscleRegionShape(MuscleRegion region, String accessibleText, Consumer<String> select) {
        this.region = region;
        setContent(region.outline());
        setId(region.id().toString());
        getStyleClass().addAll("muscle-region", "muscle-" + region.muscleId());
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TOGGLE_BUTTON);
        setAccessibleText(accessibleText);
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                select.accept(region.muscleId());
                event.consume();
            }
        });
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                select.accept(region.muscleId());
                event.consume();
            }
        });
    }

    String muscleId() {
        return region.muscleId();
    }

    void setSelected(boolean selected) {
        this.selected = selected;
        pseudoClassStateChanged(SELECTED, selected);
        notifyAccessibleAttributeChanged(AccessibleAttribute.SELECTED);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return attribute == AccessibleAttribute.SELECTED ? selected : super.queryAccessibleAttribute(attribute, parameters);
    }
}
