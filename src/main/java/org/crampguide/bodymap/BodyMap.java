package org.crampguide.bodymap;

import java.io.IOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crampguide.content.ContentPack;
import org.crampguide.content.Problem;

/** Both views of the body, front and back. */
public record BodyMap(Map<Facing, Artwork> views) {
    public BodyMap {
        views = Collections.unmodifiableMap(new EnumMap<>(views)); // front, then back, every time
    }

    public Artwork view(Facing view) {
        return views.get(view);
    }

    /** Reads both views from a pack; empty when either has a problem (all are added to the list). */
    public static Optional<BodyMap> read(ContentPack pack, List<Problem> problems) {
        SvgArtworkReader reader = new SvgArtworkReader();
        Map<Facing, Artwork> views = new EnumMap<>(Facing.class);
        for (Facing view : Facing.values()) {
            String file = pack.displayName(view.fileName());
            try {
                Optional<byte[]> bytes = pack.read(view.fileName());
                if (bytes.isEmpty()) {
                    problems.add(Problem.inFile(file, "file not found"));
                } else {
                    reader.read(file, bytes.get(), view, problems).ifPresent(art -> views.put(view, art));
                }
            } catch (IOException e) {
                problems.add(Problem.inFile(file, "cannot be read: " + e.getMessage()));
            }
        }
        return views.size() == Facing.values().length ? Optional.of(new BodyMap(views)) : Optional.empty();
    }
}
