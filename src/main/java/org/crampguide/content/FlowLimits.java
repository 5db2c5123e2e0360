package org.crampguide.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The limits that keep a muscle's first aid short enough to follow in pain: a check of its own
 * with at most four call-now and four don't-stretch signs of a few words each, at most four
 * stretch steps of one short imperative each with the stop rule among them (and, for a muscle that
 * opens with a warning, the rule to call if it does not ease), and a few lines for afterwards.
 */
final class FlowLimits {
    static final int MAX_SIGNS = 4;
    static final int MAX_SIGN_WORDS = 6;
    static final int MAX_STEPS = 4;
    static final int MAX_STEP_TITLE_WORDS = 4;
    static final int MAX_STEP_WORDS = 12;
    static final int MAX_EASED_LINES = 3;
    static final int MAX_EASED_WORDS = 10;
    static final int MAX_NOT_EASED_WORDS = 30;

    private static final Pattern WORD = Pattern.compile(".*[\\p{L}\\p{N}].*");

    private final Checks check;

    FlowLimits(Checks check) {
        this.check = check;
    }

    /** Words as a reader counts them: runs of non-space that hold a letter or a digit. */
    static int words(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int count = 0;
        for (String token : text.trim().split("\\s+")) {
            if (WORD.matcher(token).matches()) {
                count++;
            }
        }
        return count;
    }

    /** The muscle's own check: present, with short gate lists. */
    void crampOrTear(Muscle muscle, String at) {
        if (!check.required(muscle.crampOrTear(), at + "/crampOrTear")) {
            return;
        }
        CrampOrTear own = muscle.crampOrTear();
        signs(own.callNow(), at + "/crampOrTear/callNow", "call-now");
        signs(own.tearSigns(), at + "/crampOrTear/tearSigns", "don't-stretch");
    }

    private void signs(List<Item> signs, String at, String gate) {
        if (signs == null) {
            return;
        }
        if (signs.size() > MAX_SIGNS) {
            check.problem(JsonPaths.child(at, MAX_SIGNS), "a " + gate + " list has at most " + MAX_SIGNS
                    + " signs (this one has " + signs.size() + "); put the rest in the panels' texts");
        }
        for (int i = 0; i < signs.size(); i++) {
            Item sign = signs.get(i);
            String title = JsonPaths.child(at, i) + "/title";
            if (sign != null && check.required(sign.title(), title)) {
                atMost(sign.title(), MAX_SIGN_WORDS, title, "a " + gate + " sign");
            }
        }
    }

    /** The stretch: few, short steps that carry the rules a person must see. */
    void stretch(Muscle muscle, String at) {
        Muscle.Stretch stretch = muscle.stretch();
        List<Item> steps = stretch.steps();
        if (steps != null && !steps.contains(null)) {
            if (steps.size() > MAX_STEPS) {
                check.problem(JsonPaths.child(at + "/steps", MAX_STEPS), "a stretch has at most " + MAX_STEPS
                        + " steps (this one has " + steps.size() + ")");
            }
            for (int i = 0; i < steps.size(); i++) {
                String step = JsonPaths.child(at + "/steps", i);
                if (check.required(steps.get(i).title(), step + "/title")) {
                    atMost(steps.get(i).title(), MAX_STEP_TITLE_WORDS, step + "/title", "a step's title");
                }
                atMost(steps.get(i).text(), MAX_STEP_WORDS, step + "/text", "a step");
            }
            rule(steps, StepRule.STOP_IF_WORSE, at + "/steps", true);
            rule(steps, StepRule.CALL_IF_NOT_EASED, at + "/steps", muscle.hasWarning());
        }
        if (check.nonEmpty(stretch.eased(), at + "/eased")) {
            if (stretch.eased().size() > MAX_EASED_LINES) {
                check.problem(JsonPaths.child(at + "/eased", MAX_EASED_LINES), "\"eased\" has at most "
                        + MAX_EASED_LINES + " lines (this one has " + stretch.eased().size() + ")");
            }
            for (int i = 0; i < stretch.eased().size(); i++) {
                String line = JsonPaths.child(at + "/eased", i);
                check.text(stretch.eased().get(i), line);
                atMost(stretch.eased().get(i), MAX_EASED_WORDS, line, "an aftercare line");
            }
        }
        check.text(stretch.notEased(), at + "/notEased");
        atMost(stretch.notEased(), MAX_NOT_EASED_WORDS, at + "/notEased", "\"notEased\"");
    }

    /** Exactly one step carries {@code rule} when {@code needed}, none otherwise. */
    private void rule(List<Item> steps, StepRule rule, String at, boolean needed) {
        long count = steps.stream().filter(s -> s.rule() == rule).count();
        String name = "\"rule\": \"" + rule.label() + "\"";
        if (needed && count == 0) {
            check.problem(at, rule == StepRule.STOP_IF_WORSE
                    ? "missing the stop rule: one step must say to stop if the stretch makes it sharply worse, marked " + name
                    : "a muscle that opens with a warning needs a step that says when to call for help if it does not"
                            + " ease, marked " + name);
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).rule() == rule && (!needed || count > 1)) {
                check.problem(JsonPaths.child(at, i) + "/rule", needed ? "only one step may carry " + name
                        : name + " is only for a muscle that opens with a warning");
            }
        }
    }

    private void atMost(String text, int limit, String at, String what) {
        int words = words(text);
        if (words > limit) {
            check.problem(at, what + " has at most " + limit + " words (this one has " + words + ")");
        }
    }
}
