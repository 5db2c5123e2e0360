package org.crampguide.content;

import java.util.List;

/**
 * A muscle group a person can select on the body map, with what is specific to it. {@code warning}
 * is shown before anything else when present (the chest's chest-pain warning); {@code crampOrTear}
 * is this muscle's own cramp-or-tear check, which every muscle has (a general check would show
 * another site's signs).
 */
public record Muscle(
        String id,
        String name,
        List<String> anatomicalNames,
        String location,
        String summary,
        Warning warning,
        CrampOrTear crampOrTear,
        List<Item> triggers,
        Stretch stretch,
        List<Item> prevention) {

    public boolean hasWarning() {
        return warning != null;
    }

    /** A message that must be read before the rest of a muscle's guide. */
    public record Warning(String title, String text) {
    }

    /**
     * How to stretch a cramp out of the muscle, step by step. {@code pictures} are ids of stretch
     * pictures in the pack's {@code stretches/} folder, the main position first; {@code holdSeconds}
     * is the hold timer's length (null: {@link #DEFAULT_HOLD_SECONDS}); {@code eased} is the
     * aftercare once the cramp has eased, {@code notEased} what to do when it has not eased within
     * ten minutes.
     */
    public record Stretch(List<Item> steps, String hold, Integer holdSeconds, List<String> pictures, List<String> eased,
            String notEased) {
        public static final int DEFAULT_HOLD_SECONDS = 30;
        /** The shortest and longest hold a pack may give (the JSON Schema says the same; a test holds them equal). */
        public static final int MIN_HOLD_SECONDS = 5;
        public static final int MAX_HOLD_SECONDS = 120;
        /** A picture id: lower-case words joined by hyphens (the schema's pattern, anchored). */
        public static final String PICTURE_ID = "[a-z0-9]+(-[a-z0-9]+)*";

        public Stretch {
            pictures = pictures == null ? List.of() : List.copyOf(pictures);
        }

        /** The step that carries {@code rule}, if any. */
        public java.util.Optional<Item> step(StepRule rule) {
            return steps == null ? java.util.Optional.empty()
                    : steps.stream().filter(s -> s != null && s.rule() == rule).findFirst();
        }

        /** Hold until it eases, at least this many seconds. */
        public int minimumSeconds() {
            return holdSeconds == null ? DEFAULT_HOLD_SECONDS : holdSeconds;
        }
    }
}
