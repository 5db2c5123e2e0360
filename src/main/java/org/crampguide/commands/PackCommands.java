package org.crampguide.commands;


import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.crampguide.content.ContentPack;
import org.crampguide.packs.PackException;
import org.crampguide.packs.PackKeys;
import org.crampguide.packs.PackMaker;

/** {@code --make-key DIR} and {@code --make-pack PACKDIR --key FILE --out pack.zip}: a chain's signed packs, without a window. */
public final class PackCommands {
    static final int EXIT_FAILED = 1;
    /** The version a pack gets when none is given: the time it was made, in UTC. */
    private static final DateTimeFormatter DEFAULT_VERSION = DateTimeFormatter.ofPattern("yyyy.MM.dd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private PackCommands() {
    }

    /** Writes a new key pair into {@code folder}; prints the line for the kiosks' settings. */
    public static int makeKey(Path folder, PrintWriter out, PrintWriter err) {
        try {
            KeyPair keys = PackKeys.generate();
            PackKeys.write(keys, folder);
            out.println("Wrote " + folder.resolve(PackKeys.PRIVATE_FILE) + " (keep it secret: it signs packs)");
            out.println("  and " + folder.resolve(PackKeys.PUBLIC_FILE));
            out.println("Add this public key to each kiosk's settings:");
            out.println("  \"contentPublicKeys\": [\"" + PackKeys.text(keys.getPublic()) + "\"]");
            return 0;
        } catch (PackException e) {
            err.println("cramp-guide: --make-key: " + e.getMessage());
        } catch (IOException e) {
            err.println("cramp-guide: --make-key: cannot write the keys in " + folder + ": " + e.getMessage());
        }
        return EXIT_FAILED;
    }

    /**
     * Checks the pack exactly as {@code --check-content} does (printing what it prints), and only
     * when it is usable writes {@code zip} and its signature.
     */
    public static int makePack(Path folder, Path keyFile, Path zip, String version, ContentPack bundled, Clock clock,
            PrintWriter out, PrintWriter err) {
        if (keyFile == null || zip == null) {
            err.println("cramp-guide: --make-pack needs --key PRIVATE.key and --out pack.zip");
            return ExitCodes.USAGE;
        }
        PrivateKey key;
        try {
            key = PackKeys.readPrivate(keyFile);
        } catch (PackException e) {
            err.println("cramp-guide: --key: " + e.getMessage());
            return EXIT_FAILED;
        }
        StringWriter checked = new StringWriter();
        int check = ContentCheck.run(folder, bundled, new PrintWriter(checked, true));
        if (check != 0) {
            err.print(checked);
            err.println("cramp-guide: --make-pack: no pack written; fix the problems above first");
            return EXIT_FAILED;
        }
        out.print(checked);
        Instant now = clock.instant();
        try {
            PackMaker.Made made = PackMaker.make(folder, key, zip, version != null ? version : DEFAULT_VERSION.format(now), now);
            out.println("Wrote " + made.zip() + " (pack " + made.manifest().packVersion() + ", "
                    + made.manifest().files().size() + (made.manifest().files().size() == 1 ? " file) and " : " files) and ") + made.signature());
            if (!made.leftOut().isEmpty()) {
                out.println("Left out (not part of a content pack): " + String.join(", ", made.leftOut()));
            }
            return 0;
        } catch (PackException e) {
            err.println("cramp-guide: --make-pack: " + e.getMessage());
        } catch (IOException e) {
            err.println("cramp-guide: --make-pack: cannot write " + zip + ": " + e.getMessage());
        }
        return EXIT_FAILED;
    }
}
