package org.crampguide.content;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words in braces that content texts write instead of what differs from gym to gym, and their
 * filling in when the guide is shown: {@value #EMERGENCY_NUMBER} becomes the number to call,
 * {@value #STAFF} the "tell a member of staff" sentence on a kiosk and nothing elsewhere.
 */
public final class Placeholders {
    public static final String EMERGENCY_NUMBER = "{emergencyNumber}";
    public static final String STAFF = "{staff}";
    static final Set<String> KNOWN = Set.of(EMERGENCY_NUMBER, STAFF);
    static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}\\s]*}");
    /** Emergency numbers a text might write out instead of the placeholder. */
    static final Pattern WRITTEN_NUMBER = Pattern.compile("(?<![\\d.,])(000|100|101|102|103|110|111|112|119|911|999)(?!\\d)");

    private final String number;
    private final String staff;

    private Placeholders(String number, String staff) {
        this.number = number;
        this.staff = staff;
    }

    /** The content as shown where {@code contact} applies: every placeholder filled in. */
    public static GuideContent fillIn(GuideContent written, EmergencyContact contact) {
        Guide guide = written.guide();
        String number = contact.number() != null ? contact.number() : guide.emergencyNumber();
        String staff = contact.staffOnHand() ? guide.tellStaff() : "";
        Placeholders words = new Placeholders(number, staff);
        // the guide's own number and staff line become those of where it is shown (none at home)
        return new FilledContent(words::fill, number, staff).content(written);
    }

    /** The text with its placeholders filled in, without the space an empty one would leave. */
    String fill(String text) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        String filled = text.replace(EMERGENCY_NUMBER, number).replace(STAFF, staff);
        return filled.replaceAll("[ \\t]{2,}", " ").replaceAll("[ \\t]+(\\n|$)", "$1").replaceAll("^[ \\t]+", "");
    }

    /** Placeholders in {@code text} the guide does not know, such as a misspelt {@code {emergencyNumbr}}. */
    static List<String> unknown(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        return matcher.results().map(m -> m.group()).filter(p -> !KNOWN.contains(p)).toList();
    }

    /** The first emergency number written out in {@code text}, if any. */
    static String writtenNumber(String text) {
        Matcher matcher = WRITTEN_NUMBER.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** Copies content records, passing every text shown to people through {@code fill}. */
    private record FilledContent(UnaryOperator<String> fill, String number, String staff) {
        GuideContent content(GuideContent c) {
            return new GuideContent(guide(c.guide()), c.muscles().stream().map(this::muscle).toList());
        }

        private Guide guide(Guide g) {
            Guide.Overview o = g.overview();
            return new Guide(g.schema(), number, staff, g.review(),
                    new Guide.Overview(f(o.title()), texts(o.whatIsACramp()), f(o.whenTheyHappen()), f(o.whereTheyStrike())),
                    list(g.atRisk()),
                    g.causes().stream().map(c -> new Guide.CauseGroup(c.id(), f(c.title()), f(c.summary()), items(c.items()))).toList(),
                    new Guide.Symptoms(items(g.symptoms().items()), f(g.symptoms().warning())),
                    check(g.crampOrTear()),
                    new Guide.FirstAid(items(g.firstAid().steps()), f(g.firstAid().ifItPersists())),
                    list(g.prevention()), list(g.nutrition()),
                    new Guide.SeeADoctor(g.seeADoctor().groups().stream().map(r -> new Guide.RedFlagGroup(r.urgency(),
                            f(r.title()), items(r.items()))).toList(), f(g.seeADoctor().atTheDoctor())),
                    g.myths().stream().map(m -> new Myth(m.id(), f(m.claim()), m.verdict(), f(m.explanation()),
                            m.sources())).toList(),
                    f(g.disclaimer()), g.sources());
        }

        private Muscle muscle(Muscle m) {
            Muscle.Warning w = m.warning();
            return new Muscle(m.id(), f(m.name()), texts(m.anatomicalNames()), f(m.location()), f(m.summary()),
                    w == null ? null : new Muscle.Warning(f(w.title()), f(w.text())), check(m.crampOrTear()),
                    items(m.triggers()), new Muscle.Stretch(items(m.stretch().steps()), f(m.stretch().hold()),
                            m.stretch().holdSeconds(), m.stretch().pictures(), texts(m.stretch().eased()),
                            f(m.stretch().notEased())),
                    items(m.prevention()));
        }

        private CrampOrTear check(CrampOrTear c) {
            return c == null ? null : new CrampOrTear(f(c.title()), f(c.cramp()), items(c.callNow()), items(c.tearSigns()),
                    f(c.insteadTitle()), items(c.instead()));
        }

        private Guide.ItemList list(Guide.ItemList l) {
            return new Guide.ItemList(f(l.intro()), items(l.items()));
        }

        private List<Item> items(List<Item> items) {
            return items == null ? null : items.stream().map(i -> new Item(f(i.title()), f(i.text()), i.evidence(), i.sources(), i.rule())).toList();
        }

        private List<String> texts(List<String> texts) {
            return texts == null ? null : texts.stream().map(this::f).toList();
        }

        private String f(String text) {
            return fill.apply(text);
        }
    }
}
