package org.crampguide.content;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words that change with a number: "1 second", "2 seconds"; in Russian "21 секунду", "22 секунды",
 * "25 секунд". A message with a number has one entry per form, named after the CLDR plural
 * category: {@code key.one}, {@code key.few}, {@code key.many} (Russian) or {@code key.one},
 * {@code key.other} (English). A form a bundle lacks falls back to {@code key.other}, then {@code key}.
 */
public final class Plural {
    private Plural() {
    }

    /** The CLDR plural category of a whole number in a language: "one", "few", "many" or "other". */
    public static String category(Locale locale, long number) {
        long n = Math.abs(number);
        if (locale.getLanguage().equals("ru")) {
            long lastTwo = n % 100;
            long last = n % 10;
            if (last == 1 && lastTwo != 11) {
                return "one";
            }
            if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
                return "few";
            }
            return "many";
        }
        return n == 1 ? "one" : "other";
    }

    /** The message {@code key} in the form that fits {@code number}, with the number put in as {0}. */
    public static String format(ResourceBundle messages, String key, long number) {
        String form = key + "." + category(messages.getLocale(), number);
        for (String candidate : new String[] {form, key + ".other", key}) {
            if (messages.containsKey(candidate)) {
                return new MessageFormat(messages.getString(candidate), messages.getLocale())
                        .format(new Object[] {number});
            }
        }
        throw new MissingResourceException("no message " + key, messages.getClass().getName(), key);
    }
}
