package org.crampguide.bodymap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crampguide.content.Problem;
import org.crampguide.content.SizeLimit;
import org.crampguide.svg.LayeredSvg;
import org.crampguide.svg.SafeSvg;

/**
 * Reads one body-map SVG into an {@link Artwork} with {@link SafeSvg}'s rules: paths in the layers
 * {@code silhouette}, {@code anatomy} and {@code regions}, each region's id naming its muscle, view
 * and side. Every problem is reported with its line and column.
 */
public final class SvgArtworkReader {
    private static final Set<String> LAYERS = Set.of("silhouette", "anatomy", "regions");
    private static final Set<String> SHAPES = Set.of("circle", "ellipse", "rect", "line", "polyline", "polygon",
            "text", "image", "use");
    private static final SizeLimit LIMIT = new SizeLimit(2 * 1024 * 1024, "body-map artwork");

    public Optional<Artwork> read(String file, byte[] bytes, Facing view, List<Problem> problems) {
        Collector collector = new Collector(file, view);
        return SafeSvg.read(file, bytes, LIMIT, collector, problems) ? Optional.of(collector.artwork()) : Optional.empty();
    }

    /** Sorts the paths into the body map's layers and checks each region's id. */
    private static final class Collector extends LayeredSvg<String> {
        private final Facing view;
        private final List<String> silhouette = new ArrayList<>();
        private final List<String> anatomy = new ArrayList<>();
        private final List<MuscleRegion> regions = new ArrayList<>();

        Collector(String file, Facing view) {
            super(file, "the body map", "the body map reads only <path> elements");
            this.view = view;
        }

        @Override
        protected Optional<String> layer(String groupId) {
            return Optional.ofNullable(groupId).filter(LAYERS::contains);
        }

        @Override
        protected String layerNames() {
            return "<g id=\"silhouette\">, <g id=\"anatomy\"> or <g id=\"regions\">";
        }

        @Override
        protected boolean isNoticed(String localName) {
            return SHAPES.contains(localName);
        }

        @Override
        protected void path(String layer, String id, String outline) {
            switch (layer) {
                case "silhouette" -> silhouette.add(outline);
                case "anatomy" -> anatomy.add(outline);
                default -> region(id, outline);
            }
        }

        private void region(String id, String outline) {
            Optional<RegionId> regionId = RegionId.parse(id);
            if (regionId.isEmpty()) {
                problem((id == null ? "a region path has no id" : "region id \"" + id + "\" is not of the form <muscle>-<view>-<side>")
                        + " (e.g. \"calves-" + view.id() + "-left\")");
            } else if (regionId.get().view() != view) {
                problem("region \"" + id + "\" is in the " + view.id() + " view's file; its id must say \"-" + view.id() + "-\"");
            } else {
                regions.add(new MuscleRegion(regionId.get(), new ArtPath(id, outline, line(), column())));
            }
        }

        @Override
        protected void finish() {
            if (regions.isEmpty()) {
                problem("the file has no muscle regions: add paths to <g id=\"regions\">");
            } else if (silhouette.isEmpty()) {
                problem("the file has no body outline: add paths to <g id=\"silhouette\">");
            }
        }

        Artwork artwork() {
            double[] box = viewBox();
            return new Artwork(view, box[0], box[1], box[2], box[3], silhouette, anatomy, regions);
        }
    }
}
