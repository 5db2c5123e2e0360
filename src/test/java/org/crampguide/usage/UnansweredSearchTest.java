package org.crampguide.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnansweredSearchTest {
    private final List<String> reported = new ArrayList<>();
    private final UnansweredSearch search = new UnansweredSearch(reported::add);

    @Test
    void aSearchThatEndsWithNothingFoundIsReportedOnceWithItsLastWords() {
        search.changed("c", true);
        search.changed("cr", true);
        search.changed("crx", false);
        search.changed("crxz  Foo", false);
        assertEquals(List.of(), reported, "nothing while the person is still typing");
        search.changed("", false);
        assertEquals(List.of("crxz foo"), reported);
        search.changed("", false);
        assertEquals(List.of("crxz foo"), reported, "an empty box again reports nothing more");
    }

    @Test
    void wordsOnTheWayToASearchThatFoundSomethingAreNotReported() {
        search.changed("calfx", false);
        search.changed("calf", true);
        search.changed("", false);
        assertEquals(List.of(), reported);
    }
}
