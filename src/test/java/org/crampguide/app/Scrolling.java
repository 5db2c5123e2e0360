package org.crampguide.app;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;

/** Scrolls a node into sight, as a person would before tapping something below the fold. */
public final class Scrolling {
    private Scrolling() {
    }

    /** Scrolls the nearest scroll pane around {@code node} so that its top shows. */
    public static void intoView(FxRobot robot, Node node) {
        robot.interact(() -> {
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof ScrollPane scroll) {
                    scroll.applyCss();
                    scroll.layout();
                    double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                    double scrollable = scroll.getContent().getLayoutBounds().getHeight()
                            - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(scrollable <= 0 ? 0 : Math.min(1, y / scrollable));
                    return;
                }
            }
        });
    }
}
