package org.crampguide.guide;

import org.crampguide.theme.Draws;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Keeps the layout of a page of wrapped text cheap. A column (VBox) asks each child for its
 * minimum, preferred and maximum height, and a label or a panel answers each by laying its text
 * out again; nested columns multiply that, three times per level. On a page, which scrolls and
 * never squeezes its content, the minimum can be nothing and the maximum of what sits in a column
 * unbounded (a column never stretches a child), so only the preferred height is ever worked out.
 * The hold player keeps its own sizes.
 */
@Draws
final class TextLayoutCost {
    private TextLayoutCost() {
    }

    /** Spares the layout of {@code node} and everything in it the minimum and maximum heights. */
    static void spare(Node node) {
        spare(node, null);
    }

    private static void spare(Node node, Parent parent) {
        if ("hold-player".equals(node.getId())) {
            return;
        }
        if (node instanceof Region region) {
            // a paragraph asks for its preferred height as its minimum: the same work once more
            if (region.getMinHeight() == Region.USE_COMPUTED_SIZE
                    || region instanceof Labeled && region.getMinHeight() == Region.USE_PREF_SIZE) {
                region.setMinHeight(0);
            }
            boolean inAColumn = parent instanceof VBox;
            if (inAColumn && (region instanceof Labeled || region instanceof TitledPane)
                    && region.getMaxHeight() == Region.USE_COMPUTED_SIZE) {
                region.setMaxHeight(Double.MAX_VALUE);
            }
        }
        if (node instanceof TitledPane pane && pane.getContent() != null) {
            spare(pane.getContent(), null);
        }
        if (node instanceof Parent container) {
            container.getChildrenUnmodifiable().forEach(child -> spare(child, container));
        }
    }
}
