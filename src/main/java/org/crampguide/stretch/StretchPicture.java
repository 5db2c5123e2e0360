package org.crampguide.stretch;

import org.crampguide.theme.Draws;

import javafx.geometry.Orientation;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import org.crampguide.theme.FittedDrawing;
import org.crampguide.theme.Resources;

/**
 * A stretch picture drawn to fit its space, scaled uniformly and centred. Each outline carries its
 * layer's style class ({@code stretch-figure}, {@code stretch-stretched}, {@code stretch-arrow}, ...;
 * open outlines add {@code -line}), styled by {@code StretchPicture.css}, which the scene
 * adds, in the colours the scene's theme names ({@link org.crampguide.theme.Theme}). A screen
 * reader reads the picture's title. Set a preferred height (for example 450 on a
 * kiosk) and the preferred width follows the picture's proportions.
 */
@Draws
public final class StretchPicture extends Region {
    private static final String STYLESHEET = Resources.stylesheet(StretchPicture.class, "StretchPicture.css");

    private final StretchArt art;
    private final FittedDrawing drawing;
    private final Rectangle clip = new Rectangle();

    public StretchPicture(StretchArt art) {
        this.art = art;
        getStyleClass().add("stretch-picture");
        setId("stretch-" + art.id());
        drawing = new FittedDrawing(art.minX(), art.minY(), art.width(), art.height(), false);
        for (StretchPath path : art.paths()) {
            SVGPath shape = new SVGPath();
            shape.setContent(path.outline());
            shape.getStyleClass().add(path.layer().styleClass() + (path.closed() ? "" : "-line"));
            if (!path.id().isEmpty()) {
                shape.setId(art.id() + "-" + path.id());
            }
            drawing.getChildren().add(shape);
        }
        drawing.setMouseTransparent(true);
        clip.setX(art.minX());
        clip.setY(art.minY());
        clip.setWidth(art.width());
        clip.setHeight(art.height());
        drawing.setClip(clip);
        getChildren().add(drawing);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(art.title());
        setFocusTraversable(false);
    }

    /** The picture shown. */
    public StretchArt art() {
        return art;
    }

    /** The stretch pictures' stylesheet, for the scene that shows them (see {@link org.crampguide.theme.Theme}). */
    public static String stylesheet() {
        return STYLESHEET;
    }

    /** How much the picture is scaled to fit its current size (1 = the SVG's own units). */
    public double drawnScale() {
        return drawing.drawnScale();
    }

    private double aspect() {
        return art.width() / art.height();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        double insets = snappedTopInset() + snappedBottomInset();
        double h = height > 0 ? height - insets : getPrefHeight() > 0 ? getPrefHeight() - insets : art.height();
        return Math.max(0, h) * aspect() + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double insets = snappedLeftInset() + snappedRightInset();
        double w = width > 0 ? width - insets : getPrefWidth() > 0 ? getPrefWidth() - insets : art.width();
        return Math.max(0, w) / aspect() + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        drawing.fit(snappedLeftInset(), snappedTopInset(), w, h);
    }
}
