package org.crampguide.stretch;

import java.util.Locale;

/** One outline of a stretch picture: its layer, SVG id, path data and where it stands in the file. */
public record StretchPath(StretchLayer layer, String id, String outline, int line, int column) {

    /** Whether the outline ends by closing its shape ({@code z}); open outlines are drawn as lines. */
    public boolean closed() {
        return outline.strip().toLowerCase(Locale.ROOT).endsWith("z");
    }
}
