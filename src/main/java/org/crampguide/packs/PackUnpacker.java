package org.crampguide.packs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a pack zip whose signature has been checked into an empty folder: exactly the files its
 * manifest lists, each with the SHA-256 the manifest gives, each within a size limit (so a small
 * zip cannot unpack into a full disk). Anything else in the zip refuses the whole pack.
 */
final class PackUnpacker {
    /** No single file of a pack comes near this; the content checker allows 2 MB of JSON. */
    static final int MAX_FILE_BYTES = 8 * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;

    private PackUnpacker() {
    }

    static PackManifest unpack(Path zip, Path into, String where) throws PackException, IOException {
        List<String> names = ZipNames.read(zip, where);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.size() != names.size()) {
                throw new PackException(where + ": is not a complete zip file (its lists of files disagree)");
            }
            ZipEntry listed = file.getEntry(PackManifest.NAME);
            if (listed == null) {
                throw new PackException(where + ": has no " + PackManifest.NAME + " (make packs with --make-pack)");
            }
            PackManifest manifest = PackManifest.parse(read(file, listed, where), where);
            for (String name : names) {
                if (!name.endsWith("/") && !name.equals(PackManifest.NAME) && !manifest.files().containsKey(name)) {
                    throw new PackException(where + ": refused: \"" + name + "\" is in the zip but not in its manifest");
                }
            }
            long total = 0;
            for (var entry : manifest.files().entrySet()) {
                String name = entry.getKey();
                String unsafe = ZipNames.unsafe(name);
                if (unsafe != null || PackMaker.PACK_FOLDERS.stream().noneMatch(top -> name.startsWith(top + "/"))) {
                    throw new PackException(where + ": refused: the manifest names \"" + name + "\", which "
                            + (unsafe != null ? unsafe : "is not in a pack folder (" + String.join(", ", PackMaker.PACK_FOLDERS) + ")"));
                }
                ZipEntry zipped = file.getEntry(name);
                if (zipped == null || zipped.isDirectory()) {
                    throw new PackException(where + ": refused: the manifest lists \"" + name + "\" but the zip does not hold it");
                }
                byte[] bytes = read(file, zipped, where);
                total += bytes.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new PackException(where + ": refused: its files come to more than "
                            + MAX_TOTAL_BYTES / (1024 * 1024) + " MB");
                }
                if (!PackManifest.sha256(bytes).equals(entry.getValue())) {
                    throw new PackException(where + ": refused: \"" + name + "\" differs from its SHA-256 in the manifest");
                }
                Path target = into.resolve(name).normalize();
                if (!target.startsWith(into)) {
                    throw new PackException(where + ": refused: \"" + name + "\" would land outside the pack folder");
                }
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
                SafeFiles.sync(target);
            }
            return manifest;
        } catch (ZipException e) {
            throw new PackException(where + ": is not a readable zip file (" + e.getMessage() + ")");
        }
    }

    private static byte[] read(ZipFile file, ZipEntry entry, String where) throws PackException, IOException {
        try (InputStream in = file.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new PackException(where + ": refused: \"" + entry.getName() + "\" unpacks to more than "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            return bytes;
        } catch (ZipException | java.io.EOFException e) {
            throw new PackException(where + ": \"" + entry.getName() + "\" cannot be unpacked; the zip is damaged ("
                    + e.getMessage() + ")");
        }
    }
}
