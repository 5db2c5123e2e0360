/**
 * Stretch pictures: one SVG per stretch under {@code stretches/} in a content pack, read with the
 * body map's safety rules ({@link org.crampguide.stretch.StretchArtReader}) and drawn to any size
 * by {@link org.crampguide.stretch.StretchPicture}.
 */
package org.crampguide.stretch;
