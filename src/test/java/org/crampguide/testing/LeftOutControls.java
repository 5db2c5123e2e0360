package org.crampguide.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.crampguide.theme.ControlLookBuild;

/** The nodes of a built screen that would need a rule the controls' trimmed stylesheet left out. */
public final class LeftOutControls {
    private LeftOutControls() {
    }

    /** Every node under {@code root} (itself included) with a left-out family's style class, as "Type .class". */
    public static List<String> under(Node root) {
        List<String> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    /** How many nodes a census looked at, so that a test can see it walked a real screen. */
    public static int count(Node root) {
        int count = 1;
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += count(child);
            }
        }
        return count;
    }

    private static void collect(Node node, List<String> found) {
        for (String styleClass : node.getStyleClass()) {
            if (ControlLookBuild.leftOutClass(styleClass)) {
                found.add(node.getClass().getSimpleName() + " ." + styleClass);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }
}
