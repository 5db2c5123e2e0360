package org.crampguide.bodymap;

import java.util.List;

/**
 * One view of the body as read from its SVG: the area it is drawn in, the neutral silhouette, the
 * anatomical detail lines, and the muscle regions people select.
 */
public record Artwork(Facing view, double minX, double minY, double width, double height,
        List<String> silhouette, List<String> anatomy, List<MuscleRegion> regions) {

    public Artwork {
        silhouette = List.copyOf(silhouette);
        anatomy = List.copyOf(anatomy);
        regions = List.copyOf(regions);
    }
}
