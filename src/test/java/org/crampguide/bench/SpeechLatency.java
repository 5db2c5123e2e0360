package org.crampguide.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.crampguide.app.GuideOnScreen;
import org.crampguide.content.BundledPack;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Language;
import org.crampguide.firstaid.FirstAidFlow.Step;
import org.crampguide.firstaid.FlowCards;
import org.crampguide.library.GuideLibrary;
import org.crampguide.speech.EspeakEngine;
import org.crampguide.speech.SpeechPlayer;
import org.crampguide.speech.Voice;
import org.crampguide.testing.RecordingLines;

/**
 * The voice's latency: from a step being handed to the voice (as the flow does when the step
 * appears) to the first audio frame written to the sound line, with the real espeak-ng, for every
 * step of every muscle in both languages, over {@code ROUNDS} rounds. Prints p50 and p95.
 * usage: java -cp ... org.crampguide.bench.SpeechLatency [ROUNDS]
 */
public final class SpeechLatency {
    private SpeechLatency() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        GuideLibrary library = GuideLibrary.load(new BundledPack(), new ArrayList<>()).orElseThrow();
        BlockingQueue<Long> firstAudio = new ArrayBlockingQueue<>(16);
        List<Long> millis = new ArrayList<>();
        try (SpeechPlayer player = new SpeechPlayer(new EspeakEngine("espeak-ng", EspeakEngine.DEFAULT_RATE),
                new RecordingLines(), 1, firstAudio::add)) {
            Thread.sleep(500); // the player checks its engine first
            if (!player.status().available()) {
                System.out.println("speech latency: not measured, " + player.status());
                return;
            }
            for (int round = 0; round < rounds; round++) {
                for (Language language : Language.values()) {
                    GuideContent content = library.in(language).content();
                    ResourceBundle ui = GuideOnScreen.messagesFor(language);
                    for (var muscle : content.muscles()) {
                        FlowCards cards = new FlowCards(muscle, content.guide(), ui);
                        for (Step step : List.of(Step.CALL_NOW, Step.DONT_STRETCH, Step.STRETCH, Step.EASED)) {
                            firstAudio.clear();
                            long asked = System.nanoTime();
                            player.say(Voice.words(step, cards), language);
                            Long heard = firstAudio.poll(5, TimeUnit.SECONDS);
                            if (heard != null) {
                                millis.add((heard - asked) / 1_000_000);
                            }
                        }
                    }
                }
            }
            player.stop();
        }
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("speech latency, step to first audio frame, %d utterances (ms): p50 %d, p95 %d, max %d%n",
                sorted.length, sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1]);
        if (Arrays.stream(sorted).count() < (long) rounds * 2 * 7 * 4) {
            System.out.println("  (some utterances gave no audio within 5 s)");
        }
    }
}
