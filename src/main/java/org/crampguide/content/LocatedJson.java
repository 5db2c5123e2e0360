package org.crampguide.content;

import java.util.Map;
import java.util.Set;

/**
 * A value read from a JSON file together with where each of its parts stood in the file, so that
 * a problem found later can still name the line and column. {@code reported} holds the pointers
 * already reported while reading (a wrongly typed value), so they are not reported twice.
 */
public record LocatedJson<T>(T value, String file, Map<String, int[]> locations, Set<String> reported) {

    /** True when the file has a value (possibly {@code null}) at this JSON pointer. */
    public boolean has(String pointer) {
        return locations.containsKey(pointer);
    }

    /** A problem at {@code pointer}, located at it or, when it is missing, at its nearest parent. */
    public Problem problem(String pointer, String message) {
        String at = pointer;
        while (!locations.containsKey(at) && !at.isEmpty()) {
            at = at.substring(0, at.lastIndexOf('/'));
        }
        int[] lineColumn = locations.getOrDefault(at, new int[] {0, 0});
        return new Problem(file, lineColumn[0], lineColumn[1], JsonPaths.readable(pointer), message);
    }
}
