package org.crampguide.testing;

import javafx.scene.Node;
import org.testfx.api.FxRobot;

/** What a person can see: a node that is visible with everything it sits in (screens keep hidden pages). */
public final class OnScreen {
    private OnScreen() {
    }

    /** Whether the node and every node it sits in are visible, in a scene. */
    public static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    /** The first node of {@code query} that is shown, or null. */
    public static Node first(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(OnScreen::shown).findFirst().orElse(null);
    }
}
