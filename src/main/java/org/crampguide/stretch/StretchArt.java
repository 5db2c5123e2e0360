package org.crampguide.stretch;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One stretch picture as read from its SVG: its id (the file name without {@code .svg}), the text
 * alternative a screen reader speaks (the SVG's {@code <title>}), the area it is drawn in and its
 * outlines in drawing order.
 */
public record StretchArt(String id, String title, double minX, double minY, double width, double height,
        List<StretchPath> paths) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_ID_LENGTH = 64;

    public StretchArt {
        paths = List.copyOf(paths);
    }

    /** The outlines of one layer, in drawing order. */
    public List<StretchPath> layer(StretchLayer layer) {
        return paths.stream().filter(path -> path.layer() == layer).toList();
    }

    /** Where a picture with this id lives in a content pack, e.g. {@code stretches/calves-wall-lean.svg}. */
    public static String fileName(String id) {
        return "stretches/" + id + ".svg";
    }

    /** Lower-case words joined by hyphens, so an id from the content can never leave the pack's folder. */
    public static boolean isValidId(String id) {
        return id != null && id.length() <= MAX_ID_LENGTH && ID.matcher(id).matches();
    }
}
