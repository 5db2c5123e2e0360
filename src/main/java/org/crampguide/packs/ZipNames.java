package org.crampguide.packs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the names in a zip's central directory and refuses the ones a pack must never hold: an
 * absolute path, a {@code ..} step, a drive or backslash, a name given twice, and links (which
 * Java's zip classes do not report: their Unix file type is in the entry's external attributes).
 */
final class ZipNames {
    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int ENTRY_SIZE = 46;
    private static final int UNIX = 3;
    private static final int FILE_TYPE = 0xF000;
    private static final int LINK = 0xA000;

    private ZipNames() {
    }

    /** Every entry name, in the zip's order; the first unsafe entry ends it with a message naming it. */
    static List<String> read(Path zip, String where) throws PackException, IOException {
        ByteBuffer bytes;
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            bytes = ByteBuffer.allocate(Math.toIntExact(channel.size())).order(ByteOrder.LITTLE_ENDIAN);
            while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                // read it all: packs are a few megabytes, and the download limit keeps them so
            }
        }
        int end = findEnd(bytes);
        if (end < 0) {
            throw new PackException(where + ": is not a complete zip file (cut short, or not a zip)");
        }
        int count = Short.toUnsignedInt(bytes.getShort(end + 10));
        long directory = Integer.toUnsignedLong(bytes.getInt(end + 16));
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int at = (int) Math.min(directory, Integer.MAX_VALUE);
        for (int i = 0; i < count; i++) {
            if (at < 0 || at + ENTRY_SIZE > end || bytes.getInt(at) != ENTRY_SIGNATURE) {
                throw new PackException(where + ": is not a complete zip file (its list of files is damaged)");
            }
            int madeBy = Short.toUnsignedInt(bytes.getShort(at + 4)) >>> 8;
            int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
            int extra = Short.toUnsignedInt(bytes.getShort(at + 30));
            int comment = Short.toUnsignedInt(bytes.getShort(at + 32));
            int attributes = bytes.getInt(at + 38);
            if (at + ENTRY_SIZE + nameLength > end) {
                throw new PackException(where + ": is not a complete zip file (its list of files is damaged)");
            }
            String name = new String(bytes.array(), at + ENTRY_SIZE, nameLength, StandardCharsets.UTF_8);
            String unsafe = unsafe(name);
            if (unsafe == null && madeBy == UNIX && ((attributes >>> 16) & FILE_TYPE) == LINK) {
                unsafe = "is a link";
            }
            if (unsafe == null && !seen.add(name)) {
                unsafe = "is in the zip twice";
            }
            if (unsafe != null) {
                throw new PackException(where + ": refused: the entry \"" + printable(name) + "\" " + unsafe
                        + "; nothing was unpacked");
            }
            names.add(name);
            at += ENTRY_SIZE + nameLength + extra + comment;
        }
        return names;
    }

    /** Why a name may not be unpacked, or null when it may. */
    static String unsafe(String name) {
        if (name.isEmpty()) {
            return "has no name";
        }
        if (name.startsWith("/") || name.startsWith("\\")) {
            return "is an absolute path";
        }
        if (name.contains("\\") || name.contains(":") || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "has a backslash, a colon or a control character in its name";
        }
        String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        for (String step : path.split("/", -1)) {
            if (step.equals("..")) {
                return "climbs out of the pack folder (..)";
            }
            if (step.isEmpty() || step.equals(".")) {
                return "has an empty or \".\" step in its path";
            }
        }
        return null;
    }

    private static int findEnd(ByteBuffer bytes) {
        int limit = Math.max(0, bytes.capacity() - END_SIZE - 0xFFFF);
        for (int at = bytes.capacity() - END_SIZE; at >= limit; at--) {
            if (bytes.getInt(at) == END_SIGNATURE) {
                return at;
            }
        }
        return -1;
    }

    private static String printable(String name) {
        String shown = name.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 120 ? shown.substring(0, 120) + "…" : shown;
    }
}
