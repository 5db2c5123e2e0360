package org.crampguide.bodymap;

import org.crampguide.theme.Draws;
import org.crampguide.theme.FittedDrawing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.shape.SVGPath;

/**
 * One view of the body drawn to fit its space: silhouette, anatomy lines and muscle regions, scaled
 * uniformly and centred, with the view's name underneath.
 */
@Draws
final class Figure extends javafx.scene.layout.Region {
    private static final double GAP = 6;

    private final Artwork art;
    private final FittedDrawing drawing;
    private final Label caption;
    private final List<MuscleRegionShape> regions = new ArrayList<>();

    Figure(Artwork art, String captionText, Function<MuscleRegion, String> accessibleText, Consumer<String> select) {
        this.art = art;
        getStyleClass().addAll("body-figure", "body-figure-" + art.view().id());
        setId("figure-" + art.view().id());
        // on whole pixels, so that the kept picture of the drawing is exactly what drawing it would give
        drawing = new FittedDrawing(art.minX(), art.minY(), art.width(), art.height(), true);
        for (String outline : art.silhouette()) {
            drawing.getChildren().add(passive(outline, "body-silhouette"));
        }
        for (String outline : art.anatomy()) {
            boolean closed = outline.strip().toLowerCase(java.util.Locale.ROOT).endsWith("z");
            drawing.getChildren().add(passive(outline, closed ? "body-anatomy" : "body-anatomy-line"));
        }
        for (MuscleRegion region : art.regions()) {
            MuscleRegionShape shape = new MuscleRegionShape(region, accessibleText.apply(region), select);
            regions.add(shape);
            drawing.getChildren().add(shape);
        }
        // kept as a picture between changes while it is on screen: the kiosk's halos are outside
        // strokes, costly to draw without a graphics card, and a screen over the map (the stretch,
        // the hold timer) redraws the map beneath it many times a second. A figure set aside (the
        // other language's screen, the waiting screen's while it is away, the other view on a
        // narrow screen) lets its picture go: about a megabyte of pixels each at kiosk size
        sceneProperty().addListener((obs, old, scene) -> keepPictureWhileShown());
        visibleProperty().addListener((obs, old, visible) -> keepPictureWhileShown());
        caption = new Label(captionText);
        caption.getStyleClass().add("figure-caption");
        getChildren().addAll(drawing, caption);
        setMinSize(40, 100);
    }

    /** Whether the drawing is kept as a picture: only while the figure is in a scene and visible. */
    boolean keepsPicture() {
        return drawing.isCache();
    }

    private void keepPictureWhileShown() {
        drawing.setCache(getScene() != null && isVisible());
    }

    List<MuscleRegionShape> regions() {
        return regions;
    }

    double aspect() {
        return art.width() / art.height();
    }

    private static SVGPath passive(String outline, String styleClass) {
        SVGPath path = new SVGPath();
        path.setContent(outline);
        path.getStyleClass().add(styleClass);
        path.setMouseTransparent(true);
        return path;
    }

    @Override
    protected double computePrefWidth(double height) {
        double h = height > 0 ? height : computePrefHeight(-1);
        return Math.max(0, h - caption.prefHeight(-1) - GAP) * aspect();
    }

    @Override
    protected double computePrefHeight(double width) {
        return art.height() * 0.6 + caption.prefHeight(-1) + GAP;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double captionHeight = caption.prefHeight(w);
        double box = h - captionHeight - GAP;
        double drawnHeight = art.height() * drawing.fit(snappedLeftInset(), snappedTopInset(), w, box);
        double top = snappedTopInset() + Math.max(0, (box - drawnHeight) / 2);
        caption.resizeRelocate(snappedLeftInset(), top + drawnHeight + GAP, w, captionHeight);
    }
}
