package org.crampguide.testing;

import org.crampguide.kiosk.settings.KioskConfig;
import org.crampguide.kiosk.settings.KioskConfigReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crampguide.content.JsonContentReader;
import org.crampguide.content.Problem;

/** Writes kiosk files for tests and reads them back with a fixed home folder. */
public final class KioskFiles {
    /** 16 bytes, 0 to 15: a salt the reader accepts (it never hashes). */
    public static final String SALT = "AAECAwQFBgcICQoLDA0ODw==";
    /** 32 bytes, 0 to 31. */
    public static final String HASH = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String STAFF_PIN = "\"staffPin\": {\"salt\": \"" + SALT + "\", \"hash\": \"" + HASH
            + "\", \"iterations\": 210000}";

    final Path folder;
    public final Path home;
    public final Path file;
    public final List<Problem> problems = new ArrayList<>();

    public KioskFiles(Path folder) {
        this.folder = folder;
        this.home = folder.resolve("home");
        this.file = folder.resolve("kiosk.json");
    }

    public KioskFiles write(String text) {
        try {
            org.crampguide.testing.PrivateFile.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A file with one setting per line, with the fixed staff PIN unless a line sets it. */
    public KioskFiles writeLines(String... lines) {
        List<String> all = new ArrayList<>(List.of(lines));
        if (all.stream().noneMatch(line -> line.contains("\"staffPin\""))) {
            all.add(STAFF_PIN);
        }
        return write("{\n  " + String.join(",\n  ", all) + "\n}\n");
    }

    public Optional<KioskConfig> read() {
        return new KioskConfigReader(new JsonContentReader(), home).read(file, problems);
    }

    /** The 1-based line of the file holding {@code text}. */
    public int lineOf(String text) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(text + " is not in " + file);
    }

    public static byte[] bytes(int from, int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = (byte) (from + i);
        }
        return bytes;
    }
}
