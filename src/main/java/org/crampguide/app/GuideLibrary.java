package org.crampguide.app;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crampguide.bodymap.BodyMap;
import org.crampguide.content.ContentLoader;
import org.crampguide.content.ContentPack;
import org.crampguide.content.Language;
import org.crampguide.content.Problem;

/** The guide in every language it speaks, all read and checked at start-up. */
public record GuideLibrary(Map<Language, GuidePack> packs) {
    public GuideLibrary {
        packs = java.util.Collections.unmodifiableMap(new EnumMap<>(packs));
    }

    private static boolean sameMuscles(ContentLoader.LoadedContent english, ContentLoader.LoadedContent translation,
            List<Problem> problems) {
        List<String> expected = english.content().muscles().stream().map(m -> m.id()).toList();
        List<String> found = translation.content().muscles().stream().map(m -> m.id()).toList();
        if (expected.equals(found)) {
            return true;
        }
        problems.add(translation.problemAtMuscle(found.stream().filter(id -> !expected.contains(id)).findFirst()
                .orElse(""), "the muscles " + found + " differ from the English " + expected
                + "; a translation must keep the same ids in the same order"));
        return false;
    }

    public GuidePack in(Language language) {
        return packs.get(language);
    }

    /**
     * Reads every language from the pack. Empty when any language has an error (each problem is
     * added to {@code problems}); warnings, such as a file not yet translated, do not stop it.
     */
    public static Optional<GuideLibrary> load(ContentPack pack, List<Problem> problems) {
        Set<Problem> found = new LinkedHashSet<>(); // an English file standing in for a translation is read twice
        List<Problem> each = new ArrayList<>();
        Optional<BodyMap> bodyMap = BodyMap.read(pack, each);
        Map<Language, GuidePack> packs = new EnumMap<>(Language.class);
        var english = new ContentLoader().load(pack, Language.ENGLISH, each);
        GuidePack.combine(english, bodyMap, pack, each).ifPresent(loaded -> packs.put(Language.ENGLISH, loaded));
        for (Language language : Language.values()) {
            if (language == Language.ENGLISH) {
                continue;
            }
            var translation = new ContentLoader().load(pack, language, each);
            // the artwork is checked against English; a translation must name the same muscles
            if (translation.isPresent() && english.isPresent()
                    && sameMuscles(english.get(), translation.get(), each) && bodyMap.isPresent()) {
                packs.put(language, new GuidePack(translation.get().content(), bodyMap.get()));
            }
        }
        found.addAll(each);
        problems.addAll(found.stream().sorted(Problem.BY_PLACE).toList());
        return packs.size() == Language.values().length ? Optional.of(new GuideLibrary(packs)) : Optional.empty();
    }
}
