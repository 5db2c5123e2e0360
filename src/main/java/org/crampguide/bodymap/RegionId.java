package org.crampguide.bodymap;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A region's id in the artwork, {@code <muscle>-<view>-<side>}, such as {@code calves-back-left}. */
public record RegionId(String muscleId, Facing view, Side side) {
    private static final Pattern FORM = Pattern.compile("([a-z][a-z0-9-]*)-(front|back)-(left|right)");

    public static Optional<RegionId> parse(String id) {
        Matcher m = id == null ? null : FORM.matcher(id);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RegionId(m.group(1), Facing.valueOf(m.group(2).toUpperCase(java.util.Locale.ROOT)),
                Side.valueOf(m.group(3).toUpperCase(java.util.Locale.ROOT))));
    }

    @Override
    public String toString() {
        return muscleId + "-" + view.id() + "-" + side.id();
    }
}
