package org.crampguide.speech;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crampguide.content.Language;

/**
 * espeak-ng (a Debian package with English and Russian voices) run as a process per utterance:
 * {@code espeak-ng -v en -s 160 -b 1 --stdin --stdout} with the text on its standard input, its WAV
 * read from standard output as it is made. Nothing of the engine is written here; only its command line.
 */
public final class EspeakEngine implements SpeechEngine {
    /** Words per minute espeak-ng speaks at unless told otherwise (its own default is 175). */
    public static final int DEFAULT_RATE = 160;
    private static final long CHECK_SECONDS = 5;

    private final String command;
    private final int rate;

    /** @param command the program ("espeak-ng", or a path) @param rate words per minute */
    public EspeakEngine(String command, int rate) {
        this.command = command;
        this.rate = rate;
    }

    @Override
    public SpeechStatus check() {
        try {
            Process version = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            String said;
            try (InputStream out = version.getInputStream()) {
                said = new String(out.readNBytes(400), StandardCharsets.UTF_8).strip();
            }
            if (!version.waitFor(CHECK_SECONDS, TimeUnit.SECONDS)) {
                version.destroyForcibly();
                return SpeechStatus.unavailable(command + " did not answer within " + CHECK_SECONDS + " s");
            }
            if (version.exitValue() != 0) {
                return SpeechStatus.unavailable(command + " --version failed: " + firstLine(said));
            }
            // "eSpeak NG text-to-speech: 1.51  Data at: ..." → "espeak-ng 1.51"
            String[] words = firstLine(said).split("\\s+");
            String number = words.length > 3 ? words[3] : "";
            return SpeechStatus.available("espeak-ng " + number);
        } catch (IOException e) {
            return SpeechStatus.unavailable(command + " is not installed (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SpeechStatus.unavailable("interrupted while checking " + command);
        }
    }

    @Override
    public Utterance start(String text, Language language) throws IOException {
        // the text goes in on standard input, never as an argument: a text starting with "-" is not an option
        Process process = new ProcessBuilder(List.of(command, "-v", language.code(), "-s", String.valueOf(rate), "-b", "1",
                "--stdin", "--stdout")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var in = process.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            process.destroy();
            throw e;
        }
        return new Utterance() {
            @Override
            public InputStream wav() {
                return process.getInputStream();
            }

            @Override
            public void close() {
                process.destroy();
            }
        };
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
