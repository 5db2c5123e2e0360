package org.crampguide.library;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crampguide.bodymap.BodyMap;
import org.crampguide.content.ContentLoader;
import org.crampguide.content.ContentPack;
import org.crampguide.content.EmergencyContact;
import org.crampguide.content.Language;
import org.crampguide.content.Placeholders;
import org.crampguide.content.Problem;
import org.crampguide.stretch.StretchArt;
import org.crampguide.stretch.StretchPictures;

/**
 * The guide in every language it speaks, all read and checked at start-up. {@code packs} hold the
 * content as written; {@link #in} gives it as shown, with the emergency number and the staff
 * sentence filled in for {@code contact}.
 */
public final class GuideLibrary {
    private final Map<Language, GuidePack> packs;
    private final EmergencyContact contact;
    private final Map<Language, GuidePack> shown = new EnumMap<>(Language.class);

    public GuideLibrary(Map<Language, GuidePack> packs, EmergencyContact contact) {
        this.packs = java.util.Collections.unmodifiableMap(new EnumMap<>(packs)); // stable order
        this.contact = contact;
        this.packs.forEach((language, pack) -> shown.put(language,
                new GuidePack(Placeholders.fillIn(pack.content(), contact), pack.bodyMap(), pack.pictures())));
    }

    /** The guide as a person at their own computer sees it. */
    public GuideLibrary(Map<Language, GuidePack> packs) {
        this(packs, EmergencyContact.DESKTOP);
    }

    /** The same guide, shown where {@code newContact} applies (a kiosk: its number, and staff on hand). */
    public GuideLibrary shownWith(EmergencyContact newContact) {
        return new GuideLibrary(packs, newContact);
    }

    /** The guide in every language as written, placeholders and all. */
    public Map<Language, GuidePack> packs() {
        return packs;
    }

    public EmergencyContact contact() {
        return contact;
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

    /** The guide in {@code language}, as shown: placeholders filled in. */
    public GuidePack in(Language language) {
        return shown.get(language);
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
        Map<String, StretchArt> pictures = new HashMap<>(); // each picture is read once, whichever language names it
        GuidePack.combine(english, bodyMap, pack, pictures, each).ifPresent(loaded -> packs.put(Language.ENGLISH, loaded));
        for (Language language : Language.values()) {
            if (language == Language.ENGLISH) {
                continue;
            }
            var translation = new ContentLoader().load(pack, language, each);
            // the artwork is checked against English; a translation must name the same muscles
            if (translation.isPresent() && english.isPresent()
                    && sameMuscles(english.get(), translation.get(), each) && bodyMap.isPresent()) {
                int before = each.size();
                StretchPictures named = StretchPictures.read(translation.get(), pack, pictures, each);
                if (each.subList(before, each.size()).stream().noneMatch(Problem::isError)) {
                    packs.put(language, new GuidePack(translation.get().content(), bodyMap.get(), named));
                }
            }
        }
        found.addAll(each);
        problems.addAll(found.stream().sorted(Problem.BY_PLACE).toList());
        return packs.size() == Language.values().length ? Optional.of(new GuideLibrary(packs)) : Optional.empty();
    }
}
