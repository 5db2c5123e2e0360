package org.crampguide.bodymap;

/** One path of the artwork: its SVG id, its outline ({@code d}) and where it stands in the file. */
public record ArtPath(String id, String outline, int line, int column) {
}
