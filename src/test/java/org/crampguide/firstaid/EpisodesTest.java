package org.crampguide.firstaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.crampguide.content.BundledPack;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Language;
import org.crampguide.library.GuideLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The flows of every screen: which have a cramp being dealt with, and each answer counted for its muscle. */
class EpisodesTest {
    private static GuideContent content;
    private final AtomicLong now = new AtomicLong();
    private final List<String> counted = new ArrayList<>();
    private final Episodes episodes = new Episodes(now::get, (outcome, muscle) -> counted.add(outcome + " " + muscle.id()));

    @BeforeAll
    static void read() {
        content = GuideLibrary.load(new BundledPack(), new ArrayList<>()).orElseThrow().in(Language.ENGLISH).content();
    }

    @Test
    void anEpisodeOnAnyScreenIsOpenUntilItEndsAndEachAnswerIsCountedForItsMuscle() {
        FirstAidFlow page = episodes.newFlow();
        FirstAidFlow kiosk = episodes.newFlow();
        page.start(content.muscle("calves").orElseThrow());
        kiosk.start(content.muscle("chest").orElseThrow());
        assertFalse(episodes.anyOpen(), "no answer yet, no episode");

        page.no(); // none of these
        assertTrue(episodes.anyOpen());
        kiosk.yes(); // chest: yes, one of these
        assertEquals(1, episodes.openProperty().get(), "the call screen closes the chest's episode");
        page.no();
        page.stretched();
        page.no(); // not yet
        assertTrue(episodes.anyOpen());
        page.end(); // a new muscle or the overview
        assertFalse(episodes.anyOpen());
        assertEquals(List.of("CALL_NOW chest", "NOT_EASED calves"), counted);
    }

    @Test
    void tenMinutesWithoutEasingCountGetHelpOnceAndCloseTheEpisode() {
        FirstAidFlow flow = episodes.newFlow();
        flow.start(content.muscle("hamstrings").orElseThrow());
        flow.no();
        flow.no();
        now.addAndGet(FirstAidFlow.ESCALATE_AFTER_MILLIS);
        flow.tick();
        flow.tick();
        assertEquals(FirstAidFlow.Step.GET_HELP, flow.step());
        assertFalse(episodes.anyOpen(), "the idle reset may run again: help has been called for");
        assertEquals(List.of("GET_HELP hamstrings"), counted);
    }
}
