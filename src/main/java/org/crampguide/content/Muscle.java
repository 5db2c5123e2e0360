package org.crampguide.content;

import java.util.List;

/**
 * A muscle group a person can select on the body map, with what is specific to it. {@code warning}
 * is shown before anything else when present (the chest's chest-pain warning).
 */
public record Muscle(
        String id,
        String name,
        List<String> anatomicalNames,
        String location,
        String summary,
        Warning warning,
        List<Item> triggers,
        Stretch stretch,
        List<Item> prevention) {

    public boolean hasWarning() {
        return warning != null;
    }

    /** A message that must be read before the rest of a muscle's guide. */
    public record Warning(String title, String text) {
    }

    /** How to stretch a cramp out of the muscle, step by step. */
    public record Stretch(List<Item> steps, String hold) {
    }
}
