package org.crampguide.content;

/** A reference the guide's advice is drawn from. {@code year} and {@code url} are optional. */
public record Source(String id, String publisher, String title, String year, String url) {
}
