package org.crampguide.commands;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import org.crampguide.app.Launcher;
import org.crampguide.app.StartPlan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.zip.ZipFile;
import org.crampguide.content.BundledPack;
import org.crampguide.packs.PackKeys;
import org.crampguide.packs.PackKit;
import org.crampguide.packs.PackManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --make-key and --make-pack as staff run them: exit codes, messages, and nothing written for a bad pack. */
class PackCommandsTest {
    @TempDir
    Path temp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        StartPlan plan = Launcher.prepare(args, new BundledPack(), new PrintWriter(out, true), new PrintWriter(err, true));
        return assertInstanceOf(StartPlan.Exit.class, plan, "a command ends the start").code();
    }

    @Test
    void makeKeyWritesAKeyPairThePrivateHalfForTheOwnerOnlyAndNeverReplacesOne() throws Exception {
        Path keys = temp.resolve("keys");
        assertEquals(0, run("--make-key", keys.toString()), err.toString());
        assertTrue(out.toString().contains("\"contentPublicKeys\": [\""), out.toString());
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keys.resolve(PackKeys.PRIVATE_FILE))));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keys.resolve(PackKeys.PUBLIC_FILE))));
        PackKeys.readPrivate(keys.resolve(PackKeys.PRIVATE_FILE));

        assertEquals(1, run("--make-key", keys.toString()));
        assertTrue(err.toString().contains(PackKeys.PRIVATE_FILE + ": already exists"), err.toString());
    }

    @Test
    void makePackWritesAZipWithAManifestAndASignature() throws Exception {
        run("--make-key", temp.toString());
        Path pack = new PackKit(temp).packFolder("gym", text -> text.replace("\"name\": \"Calves\"", "\"name\": \"Calf\""));
        Files.writeString(pack.resolve("notes.txt"), "for the editor");
        Path zip = temp.resolve("out/pack.zip");
        assertEquals(0, run("--make-pack", pack.toString(), "--key", temp.resolve(PackKeys.PRIVATE_FILE).toString(),
                "--out", zip.toString(), "--pack-version", "2025.03"), err.toString());
        assertTrue(out.toString().contains("usable: 7 muscles"), out.toString());
        assertTrue(out.toString().contains("Left out (not part of a content pack): notes.txt"), out.toString());
        assertTrue(Files.isRegularFile(temp.resolve("out/pack.zip.sig")));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(zip)), "a web server can serve it");
        try (ZipFile file = new ZipFile(zip.toFile())) {
            PackManifest manifest = PackManifest.parse(file.getInputStream(file.getEntry(PackManifest.NAME)).readAllBytes(), "zip");
            assertEquals("2025.03", manifest.packVersion());
            assertEquals(PackManifest.sha256(Files.readAllBytes(pack.resolve(PackKit.MUSCLES))),
                    manifest.files().get(PackKit.MUSCLES));
        }
    }

    @Test
    void makePackRefusesABadPackWithTheCheckersMessagesAndWritesNothing() {
        run("--make-key", temp.toString());
        Path pack = new PackKit(temp).packFolder("bad", text -> text.replace("\"name\": \"Calves\",", "\"name\": \"Calves\" \"oops\","));
        Path zip = temp.resolve("pack.zip");
        assertEquals(1, run("--make-pack", pack.toString(), "--key", temp.resolve(PackKeys.PRIVATE_FILE).toString(),
                "--out", zip.toString()));
        assertTrue(err.toString().contains(pack.resolve(PackKit.MUSCLES) + ":"), err.toString());
        assertTrue(err.toString().contains("no pack written"), err.toString());
        assertFalse(Files.exists(zip));

        assertEquals(2, run("--make-pack", pack.toString()));
        assertEquals(1, run("--make-pack", pack.toString(), "--key", temp.resolve("missing.key").toString(), "--out",
                zip.toString()));
        assertTrue(err.toString().contains("missing.key: no such key file"), err.toString());
    }
}
