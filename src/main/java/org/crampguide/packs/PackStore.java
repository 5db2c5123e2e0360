package org.crampguide.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.crampguide.content.ContentPack;
import org.crampguide.content.DirectoryPack;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The kiosk's downloaded packs on disk ({@code content-packs/} in its state folder). Each pack is
 * unpacked into a hidden folder, synced, and renamed into place whole; {@code current.json}, also
 * replaced in one rename, names the last good one. A power cut at any moment leaves either the old
 * current pack or the new one, and at most some hidden leftovers that the next start removes.
 */
public final class PackStore {
    public static final String FOLDER = "content-packs";
    private static final String CURRENT = "current.json";
    private static final String PACK_PREFIX = "pack-";
    private static final String HIDDEN_PREFIX = ".";
    private static final String BAD_PREFIX = "bad-";
    private static final System.Logger LOG = System.getLogger(PackStore.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The last good pack: its folder, version, making time and the server's validators for it. */
    public record Current(Path folder, String packVersion, Instant createdAt, PackFetcher.Validators validators) {
    }

    private final Path root;

    public PackStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The store in a kiosk's state folder (the parent of its log folder). */
    public static PackStore inStateFolder(Path stateFolder) {
        return new PackStore(stateFolder.resolve(FOLDER));
    }

    public Path root() {
        return root;
    }

    /** The last good pack, if there is one whose folder is still there. */
    public Optional<Current> current() {
        return read(null);
    }

    /**
     * The good pack that was on screen before the current one, if its folder is still there: what
     * staff can go back to from the staff menu.
     */
    public Optional<Current> previous() {
        return read("previous");
    }

    private Optional<Current> read(String field) {
        Path file = root.resolve(CURRENT);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode json = JSON.readTree(file.toFile());
            if (field != null) {
                json = json.path(field);
                if (!json.isObject()) {
                    return Optional.empty();
                }
            }
            String name = json.path("folder").asText("");
            Path folder = root.resolve(name).normalize();
            if (!name.startsWith(PACK_PREFIX) || !folder.getParent().equals(root) || !Files.isDirectory(folder)) {
                LOG.log(System.Logger.Level.WARNING, file + " names no pack folder that is there"
                        + (field == null ? "" : " as the " + field + " pack") + "; starting without it");
                return Optional.empty();
            }
            return Optional.of(new Current(folder, json.path("packVersion").asText(),
                    Instant.parse(json.path("createdAt").asText()), new PackFetcher.Validators(
                            json.path("etag").textValue(), json.path("lastModified").textValue())));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, file + " cannot be read (" + e.getMessage() + "); starting without it");
            return Optional.empty();
        }
    }

    /** The last good downloaded pack over {@code bundled}, or {@code bundled} itself without one: what a kiosk starts on. */
    public ContentPack startingPack(ContentPack bundled) {
        return current().flatMap(pack -> over(pack, bundled)).orElse(bundled);
    }

    /** {@code pack}'s folder read over {@code bundled}, if the folder is still there. */
    public Optional<ContentPack> over(Current pack, ContentPack bundled) {
        try {
            return Optional.of(DirectoryPack.over(pack.folder(), bundled));
        } catch (DirectoryPack.PackNotFoundException e) {
            return Optional.empty();
        }
    }

    /** A new, empty file for a download (hidden, so a power cut leaves only a leftover). */
    Path newDownload() throws IOException {
        Files.createDirectories(root);
        return Files.createTempFile(root, HIDDEN_PREFIX + "download-", ".zip");
    }

    /** A new, empty hidden folder to unpack into. */
    Path newStaging() throws IOException {
        Files.createDirectories(root);
        return Files.createTempDirectory(root, HIDDEN_PREFIX + "incoming-");
    }

    /** Renames a fully written staging folder into place as {@code pack-<id>}, in one step. */
    Path install(Path staged, String id) throws IOException {
        Path target = root.resolve(PACK_PREFIX + id);
        if (Files.isDirectory(target)) {
            deleteTree(staged); // the same pack, unpacked before
            return target;
        }
        SafeFiles.syncFolder(staged);
        SafeFiles.moveAtomically(staged, target);
        return target;
    }

    /** The file that marks a pack (by the id in its folder's name) as one that broke this kiosk's screen. */
    private Path badMark(String id) {
        return root.resolve(BAD_PREFIX + id);
    }

    /** Records that the pack in {@code folder} broke the screen, so it is never taken in again. */
    public void markBad(Path folder) throws IOException {
        String name = folder.getFileName().toString();
        SafeFiles.write(badMark(name.substring(PACK_PREFIX.length())), new byte[0], false);
    }

    /** Whether the pack of this id broke the screen before. */
    public boolean isBad(String id) {
        return Files.exists(badMark(id));
    }

    /**
     * Records {@code current} as the last good pack, in one rename; the pack it replaces is kept as
     * the previous one (staff can go back to it).
     */
    public void makeCurrent(Current current) throws IOException {
        Optional<Current> before = current();
        Current previous = before.isPresent() && !before.get().folder().equals(current.folder()) ? before.get()
                : previous().orElse(null);
        write(current, previous);
    }

    /**
     * Staff's rollback: the previous pack becomes the current one, with none before it; without a
     * previous pack, the kiosk goes back to the bundled guide. Returns the pack now current, if any.
     */
    public Optional<Current> rollBack() throws IOException {
        Optional<Current> previous = previous();
        if (previous.isPresent()) {
            write(previous.get(), null);
        } else {
            Files.deleteIfExists(root.resolve(CURRENT));
            SafeFiles.syncFolder(root);
        }
        return previous;
    }

    private void write(Current current, Current previous) throws IOException {
        ObjectNode json = fields(current);
        if (previous != null) {
            json.set("previous", fields(previous));
        }
        SafeFiles.write(root.resolve(CURRENT), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json), false);
    }

    private static ObjectNode fields(Current current) {
        ObjectNode json = JSON.createObjectNode();
        json.put("folder", current.folder().getFileName().toString());
        json.put("packVersion", current.packVersion());
        json.put("createdAt", current.createdAt().toString());
        json.put("etag", current.validators().etag());
        json.put("lastModified", current.validators().lastModified());
        return json;
    }

    /**
     * Removes leftovers and packs other than those to {@code keep} (null: none) and the previous
     * pack: at start, and after each new pack.
     */
    public void removeAllBut(Path... keep) {
        List<Path> kept = new java.util.ArrayList<>(java.util.Arrays.asList(keep));
        previous().ifPresent(previous -> kept.add(previous.folder()));
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                boolean leftover = name.startsWith(HIDDEN_PREFIX + "download-") || name.startsWith(HIDDEN_PREFIX + "incoming-");
                if (leftover || name.startsWith(PACK_PREFIX) && !kept.contains(entry)) {
                    deleteTree(entry);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot tidy " + root + ": " + e.getMessage());
        }
    }

    static void deleteTree(Path top) throws IOException {
        if (!Files.exists(top)) {
            return;
        }
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failed) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    List<Path> packFolders() throws IOException {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(PACK_PREFIX)).sorted().toList();
        }
    }
}
