package org.crampguide.content;

import java.util.List;

/**
 * The check that comes before any stretch: what a cramp feels like, the signs at this site that
 * call for the emergency number now ({@code callNow}, a muscle's own; the general check has none),
 * the signs that the muscle or a tendon may be torn instead (stretching makes a tear worse), and
 * what to do then.
 */
public record CrampOrTear(String title, String cramp, List<Item> callNow, List<Item> tearSigns, String insteadTitle,
        List<Item> instead) {
}
