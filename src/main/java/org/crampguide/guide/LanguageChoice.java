package org.crampguide.guide;

import java.util.function.Consumer;
import org.crampguide.content.Language;

/** The language on screen and what to do when a person picks another. */
record LanguageChoice(Language current, Consumer<Language> pick) {
}
