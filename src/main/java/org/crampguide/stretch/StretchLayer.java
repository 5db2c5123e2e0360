package org.crampguide.stretch;

import java.util.Arrays;
import java.util.Optional;

/**
 * The named groups of a stretch picture. Each is styled by its own class in
 * {@code StretchPicture.css}: the neutral figure, the stretched muscle in the highlight colour, the
 * arrow for the direction of the pull, and what the person uses (floor, wall, table, towel).
 */
public enum StretchLayer {
    /** Floor, wall, door frame, table: the surroundings, drawn first. */
    PROPS("props"),
    /** A dashed outline of where the movement starts. */
    START("start"),
    /** The limbs on the far side of the body, a shade darker. */
    FAR("far"),
    /** The body and the near limbs. */
    FIGURE("figure"),
    /** The muscle being stretched, in the highlight colour. */
    STRETCHED("stretched"),
    /** A towel or band held by the person. */
    STRAP("strap"),
    /** The direction of the pull or lean. */
    ARROW("arrow");

    private final String id;

    StretchLayer(String id) {
        this.id = id;
    }

    /** The {@code id} of the layer's {@code <g>} element in the SVG. */
    public String id() {
        return id;
    }

    /** The style class of a filled (closed) outline of this layer; open outlines add {@code -line}. */
    public String styleClass() {
        return "stretch-" + id;
    }

    public static Optional<StretchLayer> byId(String id) {
        return Arrays.stream(values()).filter(layer -> layer.id.equals(id)).findFirst();
    }
}
