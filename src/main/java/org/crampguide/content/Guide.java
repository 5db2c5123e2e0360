package org.crampguide.content;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The general part of the guide: everything that is true whichever muscle cramps. {@code schema}
 * is the file's {@code $schema} reference, for editors that validate while typing.
 * {@code emergencyNumber} is the number to call in this language's country (texts write
 * {@value Placeholders#EMERGENCY_NUMBER} instead of a number); {@code tellStaff} is the sentence
 * a kiosk shows where texts write {@value Placeholders#STAFF}; {@code review} is the content's
 * version and review dates.
 */
public record Guide(
        @JsonProperty("$schema") String schema,
        String emergencyNumber,
        String tellStaff,
        ContentReview review,
        Overview overview,
        ItemList atRisk,
        List<CauseGroup> causes,
        Symptoms symptoms,
        CrampOrTear crampOrTear,
        FirstAid firstAid,
        ItemList prevention,
        ItemList nutrition,
        SeeADoctor seeADoctor,
        List<Myth> myths,
        String disclaimer,
        List<Source> sources) {

    /** What a cramp is, when and where it strikes: shown while no muscle is selected. */
    public record Overview(String title, List<String> whatIsACramp, String whenTheyHappen, String whereTheyStrike) {
    }

    /** A section that is a list of items, with an optional introduction. */
    public record ItemList(String intro, List<Item> items) {
    }

    /** One family of causes, such as fatigue or fluid and electrolytes. */
    public record CauseGroup(String id, String title, String summary, List<Item> items) {
    }

    /** What a cramp feels like, and the sign that something else is going on. */
    public record Symptoms(List<Item> items, String warning) {
    }

    /** The ordered steps to take while a muscle cramps. */
    public record FirstAid(List<Item> steps, String ifItPersists) {
    }

    /**
     * The red flags, grouped by how urgently help is needed, and what a doctor may do
     * ({@code atTheDoctor}, optional).
     */
    public record SeeADoctor(List<RedFlagGroup> groups, String atTheDoctor) {
        /** The emergency group's title, which names the number to call (the checker requires both). */
        public String emergencyTitle() {
            return groups.stream().filter(g -> g.urgency() == Urgency.EMERGENCY).findFirst()
                    .map(RedFlagGroup::title).orElseThrow();
        }
    }

    /** Red flags that share one urgency. */
    public record RedFlagGroup(Urgency urgency, String title, List<Item> items) {
    }
}
