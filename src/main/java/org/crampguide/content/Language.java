package org.crampguide.content;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the guide speaks. Each has its content under {@code content/<code>/}; English is
 * the fallback for anything not translated.
 */
public enum Language {
    ENGLISH("en", "English"),
    RUSSIAN("ru", "Русский");

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    /** The language's name in itself, as a language switch shows it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code)).findFirst();
    }

    public String guideFile() {
        return "content/" + code + "/guide.json";
    }

    public String musclesFile() {
        return "content/" + code + "/muscles.json";
    }
}
