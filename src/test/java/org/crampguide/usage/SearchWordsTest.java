package org.crampguide.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void unansweredSearchesAreKeptInLowerCaseWithSingleSpaces() {
        assertEquals("night cramps toes", SearchWords.normalise("  Night   CRAMPS\ttoes \n"));
        assertEquals("судорога ночью", SearchWords.normalise("Судорога  НОЧЬЮ"));
        assertEquals("", SearchWords.normalise("   "));
        assertEquals("", SearchWords.normalise(null));
    }

    @Test
    void atMostSixtyCharactersAreKept() {
        String words = SearchWords.normalise("word ".repeat(40));
        assertEquals(59, words.length()); // 60 characters, less the space they end on
        assertEquals("x".repeat(60), SearchWords.normalise("X".repeat(100)));
    }
}
