package org.crampguide.app;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.shape.Shape;
import org.crampguide.content.BundledPack;
import org.crampguide.content.ContentPack;
import org.crampguide.library.GuideLibrary;

/** Helpers the UI tests share: loading the bundled pack, finding a point inside a shape, reading text. */
final class UiTestSupport {
    private UiTestSupport() {
    }

    /** Read once per test JVM: the bundled guide never changes, and its records cannot be changed. */
    private static GuideLibrary bundled;

    static synchronized GuideLibrary bundledLibrary() {
        if (bundled == null) {
            bundled = library(new BundledPack());
        }
        return bundled;
    }

    static GuideLibrary library(ContentPack contentPack) {
        List<org.crampguide.content.Problem> problems = new ArrayList<>();
        return GuideLibrary.load(contentPack, problems).orElseThrow(() -> new AssertionError(problems.toString()));
    }

    /**
     * A point on screen that is inside the shape's outline (a region's bounding-box centre can lie
     * outside a curved muscle), as near its middle as possible.
     */
    static Point2D insideOnScreen(Shape shape) {
        Bounds bounds = shape.getLayoutBounds();
        List<Point2D> inside = new ArrayList<>();
        int steps = 40;
        for (int i = 1; i < steps; i++) {
            for (int j = 1; j < steps; j++) {
                double x = bounds.getMinX() + bounds.getWidth() * i / steps;
                double y = bounds.getMinY() + bounds.getHeight() * j / steps;
                if (shape.contains(x, y)) {
                    inside.add(new Point2D(x, y));
                }
            }
        }
        if (inside.isEmpty()) {
            throw new AssertionError(shape.getId() + " has no inside");
        }
        double cx = inside.stream().mapToDouble(Point2D::getX).average().orElseThrow();
        double cy = inside.stream().mapToDouble(Point2D::getY).average().orElseThrow();
        Point2D centre = new Point2D(cx, cy);
        Point2D best = inside.stream().min((a, b) -> Double.compare(a.distance(centre), b.distance(centre))).orElseThrow();
        return shape.localToScreen(best);
    }

    /**
     * Whether a node is on screen: it and every node it sits in are visible (the detail area keeps
     * the pages of other muscles built, hidden).
     */
    static boolean shown(Node node) {
        return org.crampguide.testing.OnScreen.shown(node);
    }

    /** All the text shown by labels inside a node, joined by new lines. */
    static String textIn(Node node) {
        StringBuilder text = new StringBuilder();
        collect(node, text);
        return text.toString();
    }

    private static void collect(Node node, StringBuilder text) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            text.append(labeled.getText()).append('\n');
        }
        if (node instanceof javafx.scene.control.TitledPane pane && pane.getContent() != null) {
            collect(pane.getContent(), text);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, text));
        }
    }

    static Stream<Label> labels(Node node) {
        List<Label> labels = new ArrayList<>();
        if (node instanceof Label label) {
            labels.add(label);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> labels.addAll(labels(child).toList()));
        }
        return labels.stream();
    }

    /** Whether the node and all its parents are visible, and it lies within its window. */
    static boolean showing(Node node) {
        if (!shown(node)) {
            return false;
        }
        Bounds inScene = node.localToScene(node.getLayoutBounds());
        return inScene.getWidth() > 0 && inScene.getMinX() >= 0 && inScene.getMinY() >= 0
                && inScene.getMaxX() <= node.getScene().getWidth() + 0.5
                && inScene.getMaxY() <= node.getScene().getHeight() + 0.5;
    }
}
