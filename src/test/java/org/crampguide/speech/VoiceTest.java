package org.crampguide.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.crampguide.app.GuideOnScreen;
import org.crampguide.content.BundledPack;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Item;
import org.crampguide.content.Language;
import org.crampguide.content.Muscle;
import org.crampguide.firstaid.FirstAidFlow.Step;
import org.crampguide.firstaid.FlowCards;
import org.crampguide.hold.HoldCues;
import org.crampguide.hold.HoldPlayer;
import org.crampguide.library.GuideLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.crampguide.testing.RecordingSpeech;
import org.junit.jupiter.api.Test;

/** What the voice says and when, from the content on screen, without a toolkit or an engine. */
class VoiceTest {
    private static GuideLibrary library;

    @BeforeAll
    static void read() {
        library = GuideLibrary.load(new BundledPack(), new ArrayList<>()).orElseThrow();
    }

    private static FlowCards cards(Language language, String muscle) {
        GuideContent content = library.in(language).content();
        return new FlowCards(content.muscle(muscle).orElseThrow(), content.guide(), GuideOnScreen.messagesFor(language));
    }

    @Test
    void eachStepIsSaidInTheWordsOnScreenWithItsSignsAndTheNumberToCall() {
        FlowCards calves = cards(Language.ENGLISH, "calves");
        Muscle muscle = calves.muscle();
        String callNow = Voice.words(Step.CALL_NOW, calves);
        assertTrue(callNow.startsWith("Any of these? "), callNow);
        muscle.crampOrTear().callNow().forEach(sign -> assertTrue(callNow.contains(sign.title() + "."), callNow));
        assertTrue(callNow.contains("Call 1 1 2, 9 9 9 or 9 1 1."), "the number digit by digit: " + callNow);
        assertTrue(callNow.endsWith("Yes — one of these. None of these."), callNow);
        String stretch = Voice.words(Step.STRETCH, calves);
        List<Item> steps = muscle.stretch().steps();
        for (int i = 0; i < steps.size(); i++) {
            assertTrue(stretch.contains((i + 1) + ". " + steps.get(i).title() + ". " + steps.get(i).text()), stretch);
        }
        String chest = Voice.words(Step.CALL_NOW, cards(Language.RUSSIAN, "chest"));
        assertTrue(chest.startsWith(library.in(Language.RUSSIAN).content().muscle("chest").orElseThrow().warning().title()),
                "the chest leads with its warning: " + chest);
    }

    @Test
    void onRequestReadsOnlyWhenAskedUntilThePersonReadsAlongAndAResetPutsThatBack() {
        RecordingSpeech speech = new RecordingSpeech();
        Voice voice = new Voice(speech, SpeechMode.ON_REQUEST);
        FlowCards calves = cards(Language.ENGLISH, "calves");
        voice.shown(Step.CALL_NOW, calves, Language.ENGLISH);
        assertEquals(List.of(), speech.said, "on request: a new step only cuts what was being said");
        assertEquals(1, speech.stops);
        voice.read(Step.CALL_NOW, calves, Language.ENGLISH);
        assertEquals(List.of(Voice.words(Step.CALL_NOW, calves)), speech.said);
        voice.readAlongProperty().set(true);
        voice.shown(Step.DONT_STRETCH, calves, Language.ENGLISH);
        assertEquals(Voice.words(Step.DONT_STRETCH, calves), speech.said.get(1));
        voice.reset();
        assertFalse(voice.readAlongProperty().get(), "the next visitor starts as the setting says");
        assertTrue(voice.offered());
    }

    @Test
    void alwaysReadsEveryStepAndOffDoesNothingAndOffersNoButton() {
        RecordingSpeech always = new RecordingSpeech();
        Voice reading = new Voice(always, SpeechMode.ALWAYS);
        reading.shown(Step.STRETCH, cards(Language.RUSSIAN, "calves"), Language.RUSSIAN);
        assertEquals(List.of(Language.RUSSIAN), always.languages);
        RecordingSpeech off = new RecordingSpeech();
        Voice silent = new Voice(off, SpeechMode.OFF);
        silent.read(Step.CALL_NOW, cards(Language.ENGLISH, "calves"), Language.ENGLISH);
        assertEquals(List.of(), off.said);
        assertFalse(silent.offered());
        assertEquals("speech: unavailable (turned off)", silent.status().toString());
    }

    @Test
    void theHoldsCuesCountTheSecondsInEachLanguage() {
        AtomicLong now = new AtomicLong();
        HoldPlayer hold = new HoldPlayer(now::get, HoldCues.silent());
        hold.ready(30);
        hold.start();
        now.set(3000 + 15_000);
        hold.tick();
        List<String> english = cues(hold, Language.ENGLISH);
        assertEquals(List.of("Get ready: three, two, one, hold.", "Halfway. 15 seconds to go.", "10 seconds left.",
                "Let go slowly."), english);
        List<String> russian = cues(hold, Language.RUSSIAN);
        assertEquals(List.of("Приготовьтесь: три, два, один, держите.", "Половина. Осталось 15 секунд.",
                "Осталось 10 секунд.", "Медленно отпустите."), russian);
        hold.otherSide();
        assertTrue(cues(hold, Language.ENGLISH).get(0).startsWith("Other side. Get ready"));
    }

    private static List<String> cues(HoldPlayer hold, Language language) {
        RecordingSpeech speech = new RecordingSpeech();
        Voice voice = new Voice(speech, SpeechMode.ALWAYS);
        for (Voice.HoldMoment moment : Voice.HoldMoment.values()) {
            voice.cue(hold, moment, GuideOnScreen.messagesFor(language), language);
        }
        return speech.said;
    }
}
