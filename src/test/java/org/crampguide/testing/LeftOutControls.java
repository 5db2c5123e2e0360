package org.crampguide.testing;

import java.util.List;
import javafx.scene.Node;
import org.crampguide.theme.ControlLookBuild;

/** The nodes of a built screen that would need a rule the controls' trimmed stylesheet left out. */
public final class LeftOutControls {
    private LeftOutControls() {
    }

    /** Every node under {@code root} (itself included) with a left-out family's style class, as "Type .class". */
    public static List<String> under(Node root) {
        return NodeTree.under(root).flatMap(node -> node.getStyleClass().stream()
                .filter(ControlLookBuild::leftOutClass)
                .map(styleClass -> node.getClass().getSimpleName() + " ." + styleClass)).toList();
    }

    /** How many nodes a census looked at, so that a test can see it walked a real screen. */
    public static int count(Node root) {
        return (int) NodeTree.under(root).count();
    }
}
