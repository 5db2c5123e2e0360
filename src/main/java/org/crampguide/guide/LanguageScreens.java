package org.crampguide.guide;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.crampguide.content.Language;

/**
 * The main screen of each language, built the first time it is shown and kept: switching back and
 * forth reuses them (fast, and memory stays bounded however often visitors switch). New content
 * clears them, and each is built again from it when next shown.
 */
public final class LanguageScreens {
    private final Map<Language, GuideScreen> screens = new EnumMap<>(Language.class);

    public GuideScreen in(Language language, Function<Language, GuideScreen> build) {
        return screens.computeIfAbsent(language, build);
    }

    public void clear() {
        screens.clear();
    }

    public void forEach(Consumer<GuideScreen> action) {
        screens.values().forEach(action);
    }
}
