package org.crampguide.content;

import java.util.List;
import java.util.Optional;

/** The whole guide as read and checked: the general part and the muscles, in display order. */
public record GuideContent(Guide guide, List<Muscle> muscles) {
    public GuideContent {
        muscles = List.copyOf(muscles);
    }

    public Optional<Muscle> muscle(String id) {
        return muscles.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
