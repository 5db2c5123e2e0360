package org.crampguide.guide;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.crampguide.content.CrampOrTear;
import org.crampguide.content.ContentReview;
import org.crampguide.content.Guide;
import org.crampguide.content.Item;
import org.crampguide.content.Muscle;
import org.crampguide.guide.Panel.Section;
import org.crampguide.guide.Panel.Style;

/**
 * Puts a muscle's own advice together with the general guide, panel by panel. Pure data: no
 * nodes, so it is tested without a toolkit.
 */
public final class GuidePanels {
    private final Guide guide;
    private final ResourceBundle messages;

    public GuidePanels(Guide guide, ResourceBundle messages) {
        this.guide = guide;
        this.messages = messages;
    }

    /**
     * The overview shown while no muscle is selected, in the order a person in pain needs it: what
     * to do now, then when to get help, then who is at risk, unfolded; the rest of the general
     * guide, the myths and the sources below, folded.
     */
    public List<Panel> overview() {
        List<Section> firstAid = new ArrayList<>(crampOrTear(guide.crampOrTear()));
        firstAid.add(generalSteps());
        return List.of(
                new Panel(PanelKind.FIRST_AID, firstAid, guide.firstAid().ifItPersists()),
                seeADoctor(),
                new Panel(PanelKind.AT_RISK, List.of(new Section(null, guide.atRisk().intro(), guide.atRisk().items(),
                        Style.LIST)), null),
                new Panel(PanelKind.MYTHS, List.of(), null, true, guide.myths(), List.of()),
                new Panel(PanelKind.CAUSES, generalCauses(), null).folded(),
                symptoms().folded(),
                new Panel(PanelKind.PREVENTION, List.of(generalPrevention()), null).folded(),
                nutrition().folded(),
                sources());
    }

    /**
     * A muscle's panels, under its first-aid flow: this muscle's own causes, what its cramp feels
     * like and its prevention, open and short, each ending in "More about cramps" (the general
     * text is on the overview); then folded: all of what to do now as text (the site's call-now
     * signs, the check, the stretch), when to get help, nutrition, all the first-aid steps, about
     * the muscle, and the sources.
     */
    public List<Panel> forMuscle(Muscle muscle) {
        List<Section> firstAid = new ArrayList<>();
        firstAid.add(callNow(muscle.crampOrTear()));
        firstAid.addAll(crampOrTear(muscle.crampOrTear()));
        firstAid.add(new Section(text("section.stretch", muscle.name().toLowerCase(messages.getLocale())), null,
                muscle.stretch().steps(), Style.STEPS));
        return List.of(
                new Panel(PanelKind.CAUSES, List.of(new Section(null, null, muscle.triggers(), Style.LIST)), null)
                        .linkingToOverview(),
                new Panel(PanelKind.SYMPTOMS, List.of(new Section(null, muscle.crampOrTear().cramp(), List.of(),
                        Style.LIST)), null).linkingToOverview(),
                new Panel(PanelKind.PREVENTION, List.of(new Section(null, null, muscle.prevention(), Style.LIST)), null)
                        .linkingToOverview(),
                new Panel(PanelKind.FIRST_AID, firstAid, muscle.stretch().hold() + "\n" + muscle.stretch().notEased())
                        .folded(),
                seeADoctor().folded(),
                nutrition().folded(),
                new Panel(PanelKind.FIRST_STEPS, List.of(generalSteps()), guide.firstAid().ifItPersists()).folded(),
                new Panel(PanelKind.ABOUT, List.of(new Section(String.join(" · ", muscle.anatomicalNames()),
                        muscle.summary(), List.of(), Style.LIST)), muscle.location()).folded(),
                sources());
    }

    /**
     * This site's call-now signs, first of all, under the emergency group's own title (which names
     * the number to call): each sign in its few words, the explanations stay in the panels.
     */
    private Section callNow(CrampOrTear check) {
        String title = guide.seeADoctor().emergencyTitle();
        List<Item> signs = check.callNow().stream().map(s -> new Item(null, s.title(), null, s.sources(), null)).toList();
        return new Section(title, null, signs, Style.EMERGENCY);
    }

    /** The sources, with the content's version and when it was last reviewed and is due again. */
    private Panel sources() {
        return new Panel(PanelKind.SOURCES, List.of(), reviewLine(guide.review(), messages), false, List.of(), guide.sources());
    }

    /** "Content 2026.12.1 · reviewed 2026-12-02 (…) · next review 2027-06-02", in the guide's language. */
    public static String reviewLine(ContentReview review, ResourceBundle messages) {
        return MessageFormat.format(messages.getString("content.review"), review.contentVersion(), review.lastReviewed(),
                review.reviewer(), review.nextReview());
    }

    /** Cramp or tear? What a cramp feels like and the signs of a tear, then what to do instead. */
    private static List<Section> crampOrTear(CrampOrTear check) {
        return List.of(new Section(check.title(), check.cramp(), check.tearSigns(), Style.CHECK),
                new Section(check.insteadTitle(), null, check.instead(), Style.CHECK));
    }

    private List<Section> generalCauses() {
        return guide.causes().stream()
                .map(group -> new Section(group.title(), group.summary(), group.items(), Style.LIST)).toList();
    }

    private Panel symptoms() {
        return new Panel(PanelKind.SYMPTOMS, List.of(new Section(null, null, guide.symptoms().items(), Style.LIST)),
                guide.symptoms().warning());
    }

    private Section generalPrevention() {
        return new Section(text("section.preventionGeneral"), guide.prevention().intro(), guide.prevention().items(),
                Style.LIST);
    }

    private Panel nutrition() {
        return new Panel(PanelKind.NUTRITION, List.of(new Section(null, guide.nutrition().intro(),
                guide.nutrition().items(), Style.LIST)), null);
    }

    private Section generalSteps() {
        return new Section(text("section.steps"), null, guide.firstAid().steps(), Style.STEPS);
    }

    private Panel seeADoctor() {
        List<Section> sections = new ArrayList<>();
        for (Guide.RedFlagGroup group : guide.seeADoctor().groups()) {
            Style style = switch (group.urgency()) {
                case EMERGENCY -> Style.EMERGENCY;
                case SAME_DAY -> Style.SAME_DAY;
                case SOON -> Style.SOON;
            };
            sections.add(new Section(group.title(), null, group.items(), style));
        }
        sections.sort((a, b) -> a.style().compareTo(b.style()));
        return new Panel(PanelKind.SEE_A_DOCTOR, sections, guide.seeADoctor().atTheDoctor());
    }

    private String text(String key, Object... arguments) {
        return MessageFormat.format(messages.getString(key), arguments);
    }
}
