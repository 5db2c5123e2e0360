package org.crampguide.testing;

import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;

/** Every node of a built screen, for the tests that take a census of it. */
public final class NodeTree {
    private NodeTree() {
    }

    /** {@code root} and every node under it, parents before their children. */
    public static Stream<Node> under(Node root) {
        Stream<Node> children = root instanceof Parent parent
                ? parent.getChildrenUnmodifiable().stream().flatMap(NodeTree::under) : Stream.empty();
        return Stream.concat(Stream.of(root), children);
    }
}
