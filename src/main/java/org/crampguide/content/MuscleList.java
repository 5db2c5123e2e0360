package org.crampguide.content;

import java.util.List;

/** The file of muscles, in the order the guide lists them. */
public record MuscleList(List<Muscle> muscles) {
}
