package org.crampguide.stretch;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crampguide.svg.LayeredSvg;

/** Sorts a stretch picture's paths into {@link StretchLayer}s and checks it has what every picture needs. */
final class StretchSvgHandler extends LayeredSvg<StretchLayer> {
    private static final Set<StretchLayer> REQUIRED = EnumSet.of(StretchLayer.FIGURE, StretchLayer.STRETCHED, StretchLayer.ARROW);

    private final List<StretchPath> paths = new ArrayList<>();

    StretchSvgHandler(String file) {
        super(file, "stretch pictures", "stretch pictures are made of <path> elements only");
    }

    StretchArt art(String id) {
        double[] box = viewBox();
        return new StretchArt(id, title(), box[0], box[1], box[2], box[3], paths);
    }

    @Override
    protected Optional<StretchLayer> layer(String groupId) {
        return StretchLayer.byId(groupId);
    }

    @Override
    protected String layerNames() {
        StringBuilder list = new StringBuilder("one of ");
        for (StretchLayer layer : StretchLayer.values()) {
            list.append(layer.ordinal() == 0 ? "" : ", ").append("<g id=\"").append(layer.id()).append("\">");
        }
        return list.toString();
    }

    @Override
    protected void path(StretchLayer layer, String id, String outline) {
        paths.add(new StretchPath(layer, id == null ? "" : id, outline, line(), column()));
    }

    @Override
    protected void finish() {
        if (title().isEmpty()) {
            problemAtRoot("the picture needs a <title> right inside <svg>: a short description of the position,"
                    + " read out by screen readers");
        }
        for (StretchLayer layer : REQUIRED) {
            if (paths.stream().noneMatch(path -> path.layer() == layer)) {
                problemAtRoot("the picture has no <g id=\"" + layer.id() + "\"> paths: every stretch picture needs"
                        + " the figure, the stretched muscle and an arrow for the direction of the pull");
            }
        }
    }
}
