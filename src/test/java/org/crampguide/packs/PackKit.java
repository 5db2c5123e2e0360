package org.crampguide.packs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.crampguide.content.EditedPack;

/** Packs for tests: a gym's pack folder, made into a signed zip, or a hand-made zip signed all the same. */
public final class PackKit {
    public static final String MUSCLES = "content/en/muscles.json";
    public static final Instant MADE = Instant.parse("2025-03-01T12:00:00Z");

    public final KeyPair key = PackKeys.generate();
    private final Path folder;

    public PackKit(Path folder) {
        this.folder = folder;
    }

    /** A pack folder whose English muscles file is the bundled one, changed by {@code change}. */
    public Path packFolder(String name, UnaryOperator<String> change) {
        Path pack = folder.resolve(name);
        try {
            Files.createDirectories(pack.resolve("content/en"));
            Files.writeString(pack.resolve(MUSCLES), change.apply(new EditedPack().text(MUSCLES)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pack;
    }

    /** {@code --make-pack} of a pack folder in which the calves are called {@code calves}: the zip's bytes and its .sig bytes. */
    public Signed goodPack(String version, String calves) {
        return goodPack(version, calves, MADE);
    }

    /** The same, made at {@code made}. */
    public Signed goodPack(String version, String calves, Instant made) {
        Path pack = packFolder("src-" + version, text -> text.replace("\"name\": \"Calves\"", "\"name\": \"" + calves + "\""));
        Path zip = folder.resolve("made-" + version + ".zip");
        try {
            PackMaker.make(pack, key.getPrivate(), zip, version, made);
            return new Signed(Files.readAllBytes(zip), Files.readAllBytes(zip.resolveSibling(zip.getFileName() + ".sig")));
        } catch (IOException | PackException e) {
            throw new AssertionError(e);
        }
    }

    /** A zip with exactly these entries (a manifest listing them all, unless one is given), signed with the kit's key. */
    public Signed handMade(Map<String, byte[]> entries, boolean withManifest) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        if (withManifest) {
            TreeMap<String, String> hashes = new TreeMap<>();
            entries.forEach((name, bytes) -> hashes.put(name, PackManifest.sha256(bytes)));
            all.put(PackManifest.NAME, new PackManifest("hand-made", MADE, hashes).toJson());
        }
        all.putAll(entries);
        return sign(zip(all));
    }

    public Signed sign(byte[] zip) {
        try {
            Path file = Files.createTempFile(folder, "sign", ".zip");
            Files.write(file, zip);
            return new Signed(zip, PackSignature.sign(key.getPrivate(), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A pack zip and its signature file. */
    public record Signed(byte[] zip, byte[] signature) {
    }
}
