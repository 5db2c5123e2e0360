package org.crampguide.packs;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Makes {@code pack.zip} and {@code pack.zip.sig} from a pack folder that has passed the content
 * check: the manifest first, then the pack's files (those under {@code content/}, {@code bodymap/}
 * and {@code stretches/}). Both files are written whole or not at all.
 */
public final class PackMaker {
    /** The folders of a pack; anything else in the folder is no part of the guide and is left out. */
    public static final List<String> PACK_FOLDERS = List.of("content", "bodymap", "stretches");

    /** What went into the zip, and what was left out. */
    public record Made(PackManifest manifest, Path zip, Path signature, List<String> leftOut) {
    }

    private PackMaker() {
    }

    public static Made make(Path folder, PrivateKey key, Path zip, String version, Instant now)
            throws PackException, IOException {
        SortedMap<String, Path> files = new TreeMap<>();
        List<String> leftOut = new ArrayList<>();
        collect(folder, files, leftOut);
        if (files.isEmpty()) {
            throw new PackException(folder + ": has no files under " + String.join("/, ", PACK_FOLDERS) + "/");
        }
        SortedMap<String, String> hashes = new TreeMap<>();
        for (var file : files.entrySet()) {
            hashes.put(file.getKey(), PackManifest.sha256(Files.readAllBytes(file.getValue())));
        }
        PackManifest manifest = new PackManifest(version, now, hashes);
        Path target = zip.toAbsolutePath();
        Path temporary = SafeFiles.temporaryBeside(target, false);
        try {
            try (OutputStream out = Files.newOutputStream(temporary); ZipOutputStream entries = new ZipOutputStream(out)) {
                add(entries, PackManifest.NAME, manifest.toJson(), now);
                for (var file : files.entrySet()) {
                    add(entries, file.getKey(), Files.readAllBytes(file.getValue()), now);
                }
            }
            SafeFiles.sync(temporary);
            Path signature = target.resolveSibling(target.getFileName() + PackSignature.SUFFIX);
            byte[] signed = PackSignature.sign(key, temporary);
            SafeFiles.moveAtomically(temporary, target);
            SafeFiles.write(signature, signed, false);
            return new Made(manifest, target, signature, leftOut);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void collect(Path folder, SortedMap<String, Path> files, List<String> leftOut)
            throws PackException, IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                if (Files.isSymbolicLink(path)) {
                    throw new PackException(path + ": is a link; a pack holds plain files only (copy the file in)");
                }
                if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (PACK_FOLDERS.stream().anyMatch(top -> name.startsWith(top + "/"))) {
                    files.put(name, path);
                } else {
                    leftOut.add(name);
                }
            }
        }
    }

    private static void add(ZipOutputStream zip, String name, byte[] bytes, Instant time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(FileTime.from(time));
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
