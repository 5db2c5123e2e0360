package org.crampguide.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javax.sound.sampled.LineUnavailableException;
import org.crampguide.app.GuideOnScreen;
import org.crampguide.content.BundledPack;
import org.crampguide.content.Language;
import org.crampguide.firstaid.FirstAidFlow.Step;
import org.crampguide.firstaid.FlowCards;
import org.crampguide.hold.HoldPlayer;
import org.crampguide.hold.HoldCues;
import org.crampguide.library.GuideLibrary;
import org.crampguide.testing.RecordingLines;
import org.junit.jupiter.api.BeforeAll;
import org.crampguide.testing.RecordingSpeech;
import org.junit.jupiter.api.Test;

/**
 * The real espeak-ng, on lines that record instead of play (no sound device needed): every step of
 * the calves' flow and every hold cue is spoken in both languages at a plausible length; a new
 * utterance cuts the one before; no engine and no sound device are not errors.
 */
class SpeechPlayerTest {
    /** Seconds a word may take at the default rate: espeak-ng at 160 words a minute says one in about 0.4 s. */
    private static final double FASTEST_WORD = 0.12;
    private static final double SLOWEST_WORD = 1.2;
    private static GuideLibrary library;

    @BeforeAll
    static void read() {
        library = GuideLibrary.load(new BundledPack(), new ArrayList<>()).orElseThrow();
    }

    private static SpeechPlayer player(RecordingLines lines) {
        return new SpeechPlayer(new EspeakEngine("espeak-ng", EspeakEngine.DEFAULT_RATE), lines, 1, at -> { });
    }

    private static int words(String text) {
        return text.split("\\s+").length;
    }

    private static void assertPlausible(String what, String text, RecordingLines.Recorded line) {
        double seconds = line.seconds();
        int words = words(text);
        assertTrue(seconds >= words * FASTEST_WORD && seconds <= words * SLOWEST_WORD + 1,
                what + ": " + words + " words spoken in " + seconds + " s: " + text);
    }

    @Test
    void everyStepOfTheCalvesFlowAndEveryHoldCueIsSpokenInBothLanguages() throws Exception {
        for (Language language : Language.values()) {
            RecordingLines lines = new RecordingLines();
            try (SpeechPlayer player = player(lines)) {
                player.settle();
                assertTrue(player.status().available(), player.status().toString());
                assertTrue(player.status().detail().startsWith("espeak-ng "), player.status().toString());
                ResourceBundle ui = GuideOnScreen.messagesFor(language);
                FlowCards cards = new FlowCards(library.in(language).content().muscle("calves").orElseThrow(),
                        library.in(language).content().guide(), ui);
                List<String> said = new ArrayList<>();
                for (Step step : Step.values()) {
                    said.add(Voice.words(step, cards));
                }
                Voice voice = new Voice(player, SpeechMode.ALWAYS);
                HoldPlayer hold = new HoldPlayer(() -> 0, HoldCues.silent());
                hold.ready(30);
                for (Voice.HoldMoment moment : Voice.HoldMoment.values()) {
                    RecordingSpeech heard = new RecordingSpeech();
                    new Voice(heard, SpeechMode.ALWAYS).cue(hold, moment, ui, language);
                    said.add(heard.said.get(0));
                }
                for (String text : said) {
                    player.say(text, language);
                    player.settle();
                }
                List<RecordingLines.Recorded> spoken = lines.spoken();
                assertEquals(said.size(), spoken.size(), language + ": one utterance each");
                for (int i = 0; i < said.size(); i++) {
                    assertPlausible(language.code(), said.get(i), spoken.get(i));
                }
                assertEquals(java.util.Set.of("speech"), lines.writers, "spoken on the voice's own thread only");
                assertTrue(voice.offered());
            }
        }
    }

    @Test
    void aNewUtteranceCutsTheOneBeforeAndNothingQueuesBehindIt() throws Exception {
        RecordingLines lines = new RecordingLines(true); // espeak-ng makes sound faster than it plays
        List<Long> starts = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (SpeechPlayer player = new SpeechPlayer(new EspeakEngine("espeak-ng", EspeakEngine.DEFAULT_RATE), lines, 1,
                starts::add)) {
            player.settle();
            String long1 = "Sit down with the cramped leg straight out in front. ".repeat(6);
            player.say(long1, Language.ENGLISH);
            long until = System.nanoTime() + 10_000_000_000L;
            while (starts.isEmpty() && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            for (int i = 0; i < 5; i++) {
                player.say("Step " + i + " of five, never said.", Language.ENGLISH); // each cut by the next
            }
            player.say("Has it eased?", Language.ENGLISH);
            player.settle();
            List<RecordingLines.Recorded> spoken = lines.spoken();
            RecordingLines.Recorded first = spoken.get(0);
            RecordingLines.Recorded last = spoken.get(spoken.size() - 1);
            assertTrue(first.seconds() < words(long1) * FASTEST_WORD, "the long text was cut after " + first.seconds() + " s");
            assertPlausible("the last", "Has it eased?", last);
            assertTrue(spoken.size() <= 3, "the five superseded steps were not spoken: " + spoken.size() + " utterances");
        }
    }

    @Test
    void theJavaFxThreadOnlyHandsTheTextOnTheEngineAndTheLineAreTheVoicesThreadsAlone() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        RecordingLines lines = new RecordingLines();
        java.util.Set<String> engineThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();
        EspeakEngine espeak = new EspeakEngine("espeak-ng", EspeakEngine.DEFAULT_RATE);
        SpeechEngine watched = new SpeechEngine() {
            @Override
            public SpeechStatus check() {
                engineThreads.add(Thread.currentThread().getName());
                return espeak.check();
            }

            @Override
            public Utterance start(String text, Language language) throws java.io.IOException {
                engineThreads.add(Thread.currentThread().getName());
                return espeak.start(text, language);
            }
        };
        try (SpeechPlayer player = new SpeechPlayer(watched, lines, 1, at -> { })) {
            long[] took = new long[20];
            String[] fxThread = new String[1];
            org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
                fxThread[0] = Thread.currentThread().getName();
                for (int i = 0; i < took.length; i++) {
                    long before = System.nanoTime();
                    player.say("Any of these? None of these.", Language.ENGLISH);
                    took[i] = System.nanoTime() - before;
                }
            });
            player.settle();
            assertEquals("JavaFX Application Thread", fxThread[0]);
            assertEquals(java.util.Set.of("speech"), engineThreads, "the engine runs on the voice's thread only");
            assertEquals(java.util.Set.of("speech"), lines.writers, "and so does the sound line");
            long slowest = java.util.Arrays.stream(took).max().orElseThrow();
            assertTrue(slowest < 20_000_000, "say() held the JavaFX thread for " + slowest / 1_000_000 + " ms");
        }
    }

    @Test
    void aTextThatStartsLikeAnOptionIsSpokenAsText() throws Exception {
        RecordingLines lines = new RecordingLines();
        try (SpeechPlayer player = player(lines)) {
            player.settle();
            String text = "-v ru --version Has it eased? Not yet.";
            player.say(text, Language.ENGLISH);
            player.settle();
            assertEquals(1, lines.spoken().size(), "spoken, not taken as espeak-ng's options");
            assertPlausible("a text starting with a dash", text, lines.spoken().get(0));
        }
    }

    @Test
    void withoutTheEngineTheGuideStaysSilentAndSaysWhy() throws Exception {
        RecordingLines lines = new RecordingLines();
        try (SpeechPlayer player = new SpeechPlayer(new EspeakEngine("no-such-espeak-ng", 160), lines, 1, at -> { })) {
            player.settle();
            player.say("Any of these?", Language.ENGLISH);
            player.settle();
            assertFalse(player.status().available());
            assertTrue(player.status().toString().startsWith("speech: unavailable (no-such-espeak-ng is not installed"),
                    player.status().toString());
            assertEquals(List.of(), lines.spoken());
            assertFalse(new Voice(player, SpeechMode.ON_REQUEST).offered());
        }
    }

    @Test
    void withoutASoundDeviceTheGuideStaysSilentAndSaysWhy() throws Exception {
        try (SpeechPlayer player = new SpeechPlayer(new EspeakEngine("espeak-ng", 160), format -> {
            throw new LineUnavailableException("no audio device");
        }, 1, at -> { })) {
            player.settle();
            player.say("Any of these?", Language.ENGLISH);
            player.settle();
            assertEquals("speech: unavailable (no sound device: no audio device)", player.status().toString());
        }
    }
}
