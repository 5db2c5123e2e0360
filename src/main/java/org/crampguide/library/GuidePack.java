package org.crampguide.library;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crampguide.bodymap.Artwork;
import org.crampguide.bodymap.BodyMap;
import org.crampguide.bodymap.MuscleRegion;
import org.crampguide.content.ContentLoader;
import org.crampguide.content.ContentPack;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Muscle;
import org.crampguide.content.Problem;
import org.crampguide.stretch.StretchArt;
import org.crampguide.stretch.StretchPictures;

/** Everything the app shows, read once at start-up: the guide's content, the body map and the stretch pictures. */
public record GuidePack(GuideContent content, BodyMap bodyMap, StretchPictures pictures) {


    /**
     * Cross-checks content and artwork that were read separately; empty when either is missing or
     * they disagree (each disagreement is added to {@code problems}).
     */
    static Optional<GuidePack> combine(Optional<ContentLoader.LoadedContent> content, Optional<BodyMap> bodyMap,
            ContentPack pack, Map<String, StretchArt> knownPictures, List<Problem> problems) {
        if (content.isEmpty() || bodyMap.isEmpty()) {
            return Optional.empty();
        }
        int before = Problem.errorsIn(problems).size();
        crossCheck(content.get(), bodyMap.get(), pack, problems);
        StretchPictures pictures = StretchPictures.read(content.get(), pack, knownPictures, problems);
        if (Problem.errorsIn(problems).size() > before) {
            return Optional.empty();
        }
        return Optional.of(new GuidePack(content.get().content(), bodyMap.get(), pictures));
    }


    private static void crossCheck(ContentLoader.LoadedContent loaded, BodyMap bodyMap, ContentPack pack,
            List<Problem> problems) {
        Set<String> muscleIds = new HashSet<>();
        loaded.content().muscles().forEach(m -> muscleIds.add(m.id()));
        Set<String> drawn = new HashSet<>();
        List<Problem> found = new ArrayList<>();
        for (Artwork art : bodyMap.views().values()) {
            for (MuscleRegion region : art.regions()) {
                drawn.add(region.muscleId());
                if (!muscleIds.contains(region.muscleId())) {
                    found.add(new Problem(pack.displayName(art.view().fileName()), region.path().line(),
                            region.path().column(), "", "region \"" + region.id() + "\" names muscle \""
                                    + region.muscleId() + "\", which is not in " + loaded.musclesFile().file()));
                }
            }
        }
        for (Muscle muscle : loaded.content().muscles()) {
            if (!drawn.contains(muscle.id())) {
                found.add(loaded.problemAtMuscle(muscle.id(), "muscle \"" + muscle.id()
                        + "\" has no region in the body map (add a path with id \"" + muscle.id()
                        + "-front-left\" or similar to the regions layer of front.svg or back.svg)"));
            }
        }
        problems.addAll(found);
    }
}
