package org.crampguide.stretch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crampguide.content.ContentLoader;
import org.crampguide.content.ContentPack;
import org.crampguide.content.Muscle;
import org.crampguide.content.Problem;

/** The stretch pictures a guide names, read once from its pack, by id. */
public record StretchPictures(Map<String, StretchArt> byId) {
    public StretchPictures {
        byId = Map.copyOf(byId);
    }

    /** The picture with this id; every id the content names is here once the pack has loaded. */
    public Optional<StretchArt> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A muscle's pictures, the main position first. */
    public List<StretchArt> of(Muscle muscle) {
        return muscle.stretch().pictures().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Reads every picture the content names. A picture that is missing from the pack is reported
     * where the content names it (file, line and column of the id); one that is there but wrong is
     * reported in the SVG. {@code known} holds pictures already read (for another language).
     */
    public static StretchPictures read(ContentLoader.LoadedContent loaded, ContentPack pack,
            Map<String, StretchArt> known, List<Problem> problems) {
        StretchArtReader reader = new StretchArtReader();
        Map<String, StretchArt> read = new TreeMap<>();
        List<Muscle> muscles = loaded.content().muscles();
        for (int i = 0; i < muscles.size(); i++) {
            List<String> ids = muscles.get(i).stretch().pictures();
            for (int j = 0; j < ids.size(); j++) {
                String id = ids.get(j);
                StretchArt art = known.containsKey(id) ? known.get(id) : read.get(id);
                if (art == null && exists(pack, id)) {
                    art = reader.read(pack, id, problems).orElse(null);
                } else if (art == null) {
                    problems.add(loaded.musclesFile().problem("/muscles/" + i + "/stretch/pictures/" + j,
                            "names the stretch picture \"" + id + "\", but the pack has no " + StretchArt.fileName(id)));
                }
                if (art != null) {
                    read.put(id, art);
                }
            }
        }
        known.putAll(read);
        return new StretchPictures(read);
    }

    private static boolean exists(ContentPack pack, String id) {
        try {
            return StretchArt.isValidId(id) && pack.read(StretchArt.fileName(id)).isPresent();
        } catch (IOException e) {
            return true; // the reader says what is wrong with it
        }
    }

    /** Every id a list of muscles names, in order, once. */
    public static List<String> named(List<Muscle> muscles) {
        List<String> ids = new ArrayList<>();
        muscles.forEach(m -> m.stretch().pictures().stream().filter(id -> !ids.contains(id)).forEach(ids::add));
        return ids;
    }
}
