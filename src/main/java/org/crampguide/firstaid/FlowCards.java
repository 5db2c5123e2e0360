package org.crampguide.firstaid;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.crampguide.content.CrampOrTear;
import org.crampguide.content.Guide;
import org.crampguide.content.Item;
import org.crampguide.content.Muscle;
import org.crampguide.content.Urgency;
import org.crampguide.firstaid.FirstAidFlow.Step;

/**
 * What each step of the first-aid flow says for one muscle, from its content and the UI's words:
 * short lines a person takes in at a glance, and the two answers. Pure data, so the desktop and
 * the kiosk draw the very same words, and a test reads them without a toolkit.
 */
public final class FlowCards {
    /**
     * One step's words: a {@code lead} above it (the chest's heart warning; may be null), the
     * {@code heading} (the question), its {@code lines} (signs, or what to do), the {@code call}
     * line (the number and "tell staff"; may be null) and the two answers (null where the step has
     * none of its own).
     */
    public record Card(Step step, String lead, String heading, List<String> lines, String call, String yes, String no) {
        public Card {
            lines = List.copyOf(lines);
        }
    }

    private final Muscle muscle;
    private final Guide guide;
    private final ResourceBundle words;

    public FlowCards(Muscle muscle, Guide guide, ResourceBundle words) {
        this.muscle = muscle;
        this.guide = guide;
        this.words = words;
    }

    public Muscle muscle() {
        return muscle;
    }

    /** The number to call where the guide is shown (the gym's own on a kiosk). */
    public String emergencyNumber() {
        return guide.emergencyNumber();
    }

    /** The stretch's steps, each with its rule (stop if worse; call if not eased). */
    public List<Item> stretchSteps() {
        return muscle.stretch().steps();
    }

    /** The card of {@code step}; the stretch's own steps and pictures come from {@link #stretchSteps()}. */
    public Card card(Step step) {
        CrampOrTear check = muscle.crampOrTear();
        return switch (step) {
            case CALL_NOW -> new Card(step, muscle.hasWarning() ? muscle.warning().title() : null,
                    text("flow.callNow.question"), titles(check.callNow()), callLine(), text("flow.yesOneOfThese"),
                    text("flow.noneOfThese"));
            case DONT_STRETCH -> new Card(step, null, text("flow.dontStretch.question"), titles(check.tearSigns()), null,
                    text("flow.yes"), text("flow.no"));
            case STRETCH -> new Card(step, null, text("flow.stretch.title"), List.of(), null, text("flow.stretched"), null);
            case EASED -> new Card(step, null, text("flow.eased.question"), List.of(), null, text("flow.eased.yes"),
                    text("flow.eased.no"));
            case AFTERCARE -> new Card(step, null, text("flow.aftercare.title"), muscle.stretch().eased(), null,
                    text("flow.again"), null);
            case TEAR -> new Card(step, null, check.insteadTitle(), lines(check.instead()), null, text("flow.again"), null);
            case CALL -> new Card(step, null, text("flow.call.title", guide.emergencyNumber()), whileWaiting(),
                    guide.tellStaff().isEmpty() ? null : guide.tellStaff(), text("flow.again"), null);
            case GET_HELP -> new Card(step, null, text("flow.getHelp.title"), List.of(muscle.stretch().notEased()),
                    callLine(), text("flow.again"), null);
        };
    }

    /**
     * "Call 000 · Tell a member of staff.": the gym's own number, large, on every gate that may
     * need it; at home, "Call 112, 999 or 911".
     */
    private String callLine() {
        return guide.tellStaff().isEmpty() ? text("flow.call", guide.emergencyNumber())
                : text("flow.callLine", guide.emergencyNumber(), guide.tellStaff());
    }

    /**
     * While waiting for help: the site's own warning where it has one (the heart, the belly), then
     * what the guide's emergency group says first (someone who collapses: CPR and the defibrillator).
     */
    private List<String> whileWaiting() {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>();
        if (muscle.hasWarning()) {
            lines.add(muscle.warning().text());
        }
        guide.seeADoctor().groups().stream().filter(group -> group.urgency() == Urgency.EMERGENCY).findFirst()
                .flatMap(group -> group.items().stream().findFirst())
                .ifPresent(first -> lines.add(line(first)));
        return lines;
    }

    private static List<String> titles(List<Item> signs) {
        return signs.stream().map(sign -> sign.hasTitle() ? sign.title() : sign.text()).toList();
    }

    private static List<String> lines(List<Item> items) {
        return items.stream().map(FlowCards::line).toList();
    }

    private static String line(Item item) {
        if (!item.hasTitle()) {
            return item.text();
        }
        return item.title() + (item.title().endsWith("?") ? " " : ": ") + item.text();
    }

    private String text(String key, Object... arguments) {
        return MessageFormat.format(words.getString(key), arguments);
    }
}
