package org.crampguide.packs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The list inside every pack zip ({@code manifest.json}): the pack's version, when it was made,
 * and the SHA-256 of each file. A kiosk unpacks exactly these files and nothing else.
 */
public record PackManifest(String packVersion, Instant createdAt, SortedMap<String, String> files) {
    public static final String NAME = "manifest.json";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    public PackManifest {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("packVersion", packVersion);
        root.put("createdAt", createdAt.toString());
        ObjectNode list = root.putObject("files");
        files.forEach(list::put);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new IllegalStateException("a tree of texts always writes", e);
        }
    }

    /** Reads the manifest of the pack {@code where} (an address or file, for messages). */
    public static PackManifest parse(byte[] json, String where) throws PackException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new PackException(where + ": " + NAME + " is not valid JSON");
        }
        if (root == null || !root.isObject() || root.path("format").asInt() != FORMAT) {
            throw new PackException(where + ": " + NAME + " is not a format " + FORMAT + " pack manifest"
                    + " (made by a newer Cramp Guide?)");
        }
        String version = root.path("packVersion").asText("");
        if (version.isBlank() || version.length() > 100) {
            throw new PackException(where + ": " + NAME + ": packVersion is missing or longer than 100 characters");
        }
        java.util.Optional<String> hidden = org.crampguide.content.TextEncoding.hiddenCharacter(version);
        if (hidden.isPresent()) {
            throw new PackException(where + ": " + NAME + ": packVersion " + hidden.get());
        }
        Instant created;
        try {
            created = Instant.parse(root.path("createdAt").asText(""));
        } catch (DateTimeParseException e) {
            throw new PackException(where + ": " + NAME + ": createdAt is not a time such as 2025-03-01T14:30:00Z");
        }
        JsonNode list = root.path("files");
        SortedMap<String, String> files = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = list.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> file = it.next();
            String hash = file.getValue().asText("");
            if (!hash.matches("[0-9a-f]{64}")) {
                throw new PackException(where + ": " + NAME + ": \"" + file.getKey() + "\" has no SHA-256 (64 hex digits)");
            }
            files.put(file.getKey(), hash);
        }
        if (files.isEmpty()) {
            throw new PackException(where + ": " + NAME + " lists no files");
        }
        return new PackManifest(version, created, files);
    }

    /** The SHA-256 of {@code bytes} in lower-case hex. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
