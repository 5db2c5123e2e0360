package org.crampguide.speech;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.crampguide.app.GuideOnScreen;
import org.crampguide.content.BundledPack;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Language;
import org.crampguide.firstaid.FirstAidFlow.Step;
import org.crampguide.firstaid.FlowCards;
import org.crampguide.hold.HoldCues;
import org.crampguide.hold.HoldPlayer;
import org.crampguide.library.GuideLibrary;
import org.crampguide.testing.RecordingSpeech;
import org.junit.jupiter.api.Test;

/**
 * Records the calves' first-aid flow as the guide speaks it, in English and Russian, to
 * {@code calves-flow-en.wav} and {@code calves-flow-ru.wav} in the folder {@code -Dflow.recording}
 * names: the two questions, the stretch, the hold's cues, has it eased? and the aftercare, with a
 * pause between. Run on request by {@code src/speech/record-flow.sh}, which also makes the OGG files.
 */
class FlowRecording {
    private static final double PAUSE_SECONDS = 0.7;

    @Test
    void recordTheCalvesFlowInBothLanguages() throws Exception {
        String to = System.getProperty("flow.recording");
        assertNotNull(to, "run with -Dflow.recording=FOLDER (src/speech/record-flow.sh does)");
        GuideLibrary library = GuideLibrary.load(new BundledPack(), new ArrayList<>()).orElseThrow();
        EspeakEngine engine = new EspeakEngine("espeak-ng", EspeakEngine.DEFAULT_RATE);
        assertTrue(engine.check().available(), engine.check().toString());
        for (Language language : Language.values()) {
            GuideContent content = library.in(language).content();
            ResourceBundle ui = GuideOnScreen.messagesFor(language);
            FlowCards calves = new FlowCards(content.muscle("calves").orElseThrow(), content.guide(), ui);
            List<String> said = new ArrayList<>();
            for (Step step : List.of(Step.CALL_NOW, Step.DONT_STRETCH, Step.STRETCH)) {
                said.add(Voice.words(step, calves));
            }
            HoldPlayer hold = new HoldPlayer(() -> 0, HoldCues.silent());
            hold.ready(30);
            RecordingSpeech cues = new RecordingSpeech();
            Voice voice = new Voice(cues, SpeechMode.ALWAYS);
            for (Voice.HoldMoment moment : Voice.HoldMoment.values()) {
                voice.cue(hold, moment, ui, language);
            }
            said.addAll(cues.said);
            said.add(Voice.words(Step.EASED, calves));
            said.add(Voice.words(Step.AFTERCARE, calves));
            write(engine, said, language, Path.of(to, "calves-flow-" + language.code() + ".wav"));
        }
    }

    private static void write(EspeakEngine engine, List<String> texts, Language language, Path out) throws Exception {
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        AudioFormat format = null;
        for (String text : texts) {
            try (SpeechEngine.Utterance utterance = engine.start(text, language);
                    AudioInputStream wav = AudioSystem.getAudioInputStream(new BufferedInputStream(utterance.wav()))) {
                format = wav.getFormat();
                pcm.write(wav.readAllBytes());
                pcm.write(new byte[(int) (format.getFrameRate() * PAUSE_SECONDS) * format.getFrameSize()]);
            }
        }
        byte[] bytes = pcm.toByteArray();
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (AudioInputStream all = new AudioInputStream(new ByteArrayInputStream(bytes), format,
                bytes.length / format.getFrameSize())) {
            AudioSystem.write(all, AudioFileFormat.Type.WAVE, out.toFile());
        }
    }
}
