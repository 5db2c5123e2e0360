package org.crampguide.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Words that follow a number take the form the language needs: 21 секунду, 22 секунды, 25 секунд. */
class PluralTest {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final List<String> KEYS = List.of("kiosk.countdown", "hold.hint", "hold.ring.left",
            "hold.start.accessible", "kiosk.pin.locked", "kiosk.pin.wrong");

    private static ResourceBundle messages(Language language) {
        return ResourceBundle.getBundle("org.crampguide.app.messages", language.locale());
    }

    @ParameterizedTest
    @CsvSource({"1, one", "21, one", "101, one", "2, few", "3, few", "22, few", "34, few", "0, many", "5, many",
        "11, many", "12, many", "14, many", "25, many", "111, many", "112, many"})
    void russianNumbersFallIntoTheirForms(long number, String form) {
        assertEquals(form, Plural.category(RUSSIAN, number));
    }

    @ParameterizedTest
    @CsvSource({"1, one", "0, other", "2, other", "21, other"})
    void englishHasOneAndOther(long number, String form) {
        assertEquals(form, Plural.category(Locale.ENGLISH, number));
    }

    @Test
    void theHoldTimerSpeaksGoodRussian() {
        ResourceBundle russian = messages(Language.RUSSIAN);
        assertEquals("Осталась 21 секунда", Plural.format(russian, "hold.ring.left", 21));
        assertEquals("Осталось 22 секунды", Plural.format(russian, "hold.ring.left", 22));
        assertEquals("Осталось 25 секунд", Plural.format(russian, "hold.ring.left", 25));
        assertEquals("Справочник начнётся заново через 1 секунду.", Plural.format(russian, "kiosk.countdown", 1));
    }

    @Test
    void englishSaysOneSecondAndTwoSeconds() {
        ResourceBundle english = messages(Language.ENGLISH);
        assertEquals("The guide starts over in 1 second.", Plural.format(english, "kiosk.countdown", 1));
        assertEquals("The guide starts over in 20 seconds.", Plural.format(english, "kiosk.countdown", 20));
    }

    @Test
    void everyMessageWithANumberHasEveryFormInEachLanguage() {
        for (String key : KEYS) {
            for (String form : List.of("one", "few", "many")) {
                ResourceBundle russian = messages(Language.RUSSIAN);
                String text = russian.getString(key + "." + form);
                assertTrue(text.contains("{0}") && text.chars().anyMatch(c -> c >= 'а' && c <= 'я'), key + "." + form);
            }
            for (String form : List.of("one", "other")) {
                assertTrue(messages(Language.ENGLISH).getString(key + "." + form).contains("{0}"), key + "." + form);
            }
        }
    }
}
