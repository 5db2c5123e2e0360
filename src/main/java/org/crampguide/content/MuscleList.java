package org.crampguide.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The file of muscles, in the order the guide lists them; {@code schema} is its {@code $schema}. */
public record MuscleList(@JsonProperty("$schema") String schema, List<Muscle> muscles) {
}
