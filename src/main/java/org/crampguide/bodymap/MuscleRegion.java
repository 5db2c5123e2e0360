package org.crampguide.bodymap;

/** A clickable part of the drawing that belongs to a muscle; {@code path} says where it is drawn. */
public record MuscleRegion(RegionId id, ArtPath path) {
    public String outline() {
        return path.outline();
    }

    public String muscleId() {
        return id.muscleId();
    }
}
