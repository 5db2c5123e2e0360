package org.crampguide.usage;

import java.util.Locale;

/** The form in which unanswered searches are kept: lower case, trimmed, single spaces, at most 60 characters. */
public final class SearchWords {
    public static final int MAX_LENGTH = 60;

    private SearchWords() {
    }

    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String words = typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (words.length() <= MAX_LENGTH) {
            return words;
        }
        int end = MAX_LENGTH;
        if (Character.isHighSurrogate(words.charAt(end - 1))) {
            end--; // never half a character
        }
        return words.substring(0, end).strip();
    }
}
