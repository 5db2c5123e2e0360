package org.crampguide.content;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what JSON binding cannot: required fields, empty texts, duplicate ids and references to
 * sources that do not exist. Returns every problem it finds, not just the first.
 */
final class ContentValidator {
    private final List<Problem> problems;

    ContentValidator(List<Problem> problems) {
        this.problems = problems;
    }

    /** Checks the general guide and returns the ids of its sources (for checking references). */
    Set<String> checkGuide(LocatedJson<Guide> file) {
        Checks check = new Checks(file, problems);
        Guide guide = file.value();
        Set<String> sources = checkSources(guide, check);
        Items items = new Items(check, sources, true);
        checkLocalWords(guide, check);
        checkReview(guide.review(), check);
        if (check.required(guide.crampOrTear(), "/crampOrTear")) {
            checkCrampOrTear(guide.crampOrTear(), "/crampOrTear", check, items);
        }
        checkOverview(guide, check, items);
        checkCauses(guide, check, items);
        if (check.required(guide.symptoms(), "/symptoms")) {
            items.check(guide.symptoms().items(), "/symptoms/items");
            check.text(guide.symptoms().warning(), "/symptoms/warning");
        }
        if (check.required(guide.firstAid(), "/firstAid")) {
            items.check(guide.firstAid().steps(), "/firstAid/steps");
            check.text(guide.firstAid().ifItPersists(), "/firstAid/ifItPersists");
        }
        for (String section : List.of("prevention", "nutrition")) {
            Guide.ItemList list = section.equals("prevention") ? guide.prevention() : guide.nutrition();
            if (check.required(list, "/" + section)) {
                check.optionalText(list.intro(), "/" + section + "/intro");
                items.check(list.items(), "/" + section + "/items");
            }
        }
        checkRedFlags(guide, check, items);
        checkMyths(guide, check, items);
        check.text(guide.disclaimer(), "/disclaimer");
        return sources;
    }

    /** The sources list; returns the ids it defines. */
    private static Set<String> checkSources(Guide guide, Checks check) {
        Map<String, String> sourceIds = Checks.ids();
        if (check.nonEmpty(guide.sources(), "/sources")) {
            for (int i = 0; i < guide.sources().size(); i++) {
                Source source = guide.sources().get(i);
                String at = "/sources/" + i;
                check.id(source.id(), at + "/id", sourceIds, "source");
                check.text(source.publisher(), at + "/publisher");
                check.text(source.title(), at + "/title");
                check.optionalText(source.year(), at + "/year");
                check.optionalText(source.url(), at + "/url");
            }
        }
        return Set.copyOf(sourceIds.keySet());
    }

    private static void checkOverview(Guide guide, Checks check, Items items) {
        if (check.required(guide.overview(), "/overview")) {
            Guide.Overview overview = guide.overview();
            check.text(overview.title(), "/overview/title");
            check.texts(overview.whatIsACramp(), "/overview/whatIsACramp");
            check.text(overview.whenTheyHappen(), "/overview/whenTheyHappen");
            check.text(overview.whereTheyStrike(), "/overview/whereTheyStrike");
        }
        if (check.required(guide.atRisk(), "/atRisk")) {
            check.optionalText(guide.atRisk().intro(), "/atRisk/intro");
            items.check(guide.atRisk().items(), "/atRisk/items");
        }
    }

    private static void checkCauses(Guide guide, Checks check, Items items) {
        Map<String, String> causeIds = Checks.ids();
        if (check.nonEmpty(guide.causes(), "/causes")) {
            for (int i = 0; i < guide.causes().size(); i++) {
                Guide.CauseGroup cause = guide.causes().get(i);
                String at = "/causes/" + i;
                check.id(cause.id(), at + "/id", causeIds, "cause");
                check.text(cause.title(), at + "/title");
                check.text(cause.summary(), at + "/summary");
                items.check(cause.items(), at + "/items");
            }
        }
    }

    private static void checkRedFlags(Guide guide, Checks check, Items items) {
        if (check.required(guide.seeADoctor(), "/seeADoctor")
                && check.nonEmpty(guide.seeADoctor().groups(), "/seeADoctor/groups")) {
            List<Guide.RedFlagGroup> groups = guide.seeADoctor().groups();
            for (int i = 0; i < groups.size(); i++) {
                String at = "/seeADoctor/groups/" + i;
                check.required(groups.get(i).urgency(), at + "/urgency");
                check.text(groups.get(i).title(), at + "/title");
                items.check(groups.get(i).items(), at + "/items");
            }
            checkUrgencies(groups, check);
            check.optionalText(guide.seeADoctor().atTheDoctor(), "/seeADoctor/atTheDoctor");
        }
    }

    private static void checkMyths(Guide guide, Checks check, Items items) {
        Map<String, String> mythIds = Checks.ids();
        if (check.nonEmpty(guide.myths(), "/myths")) {
            for (int i = 0; i < guide.myths().size(); i++) {
                Myth myth = guide.myths().get(i);
                String at = "/myths/" + i;
                check.id(myth.id(), at + "/id", mythIds, "myth");
                check.text(myth.claim(), at + "/claim");
                check.required(myth.verdict(), at + "/verdict");
                check.text(myth.explanation(), at + "/explanation");
                items.sources(myth.sources(), at);
            }
        }
    }

    /** The number to call and the sentence for staff: set once, so they hold no placeholder. */
    private static void checkLocalWords(Guide guide, Checks check) {
        check.text(guide.emergencyNumber(), "/emergencyNumber");
        check.text(guide.tellStaff(), "/tellStaff");
        if (guide.tellStaff() != null && guide.tellStaff().contains("{")) {
            check.problem("/tellStaff", "must not hold a placeholder: it is the text " + Placeholders.STAFF + " stands for");
        }
    }

    /** The content's version and review dates: ISO dates, the next review after the last. */
    private static void checkReview(ContentReview review, Checks check) {
        if (!check.required(review, "/review")) {
            return;
        }
        check.text(review.contentVersion(), "/review/contentVersion");
        check.text(review.reviewer(), "/review/reviewer");
        java.time.LocalDate last = check.date(review.lastReviewed(), "/review/lastReviewed");
        java.time.LocalDate next = check.date(review.nextReview(), "/review/nextReview");
        if (last != null && next != null && !next.isAfter(last)) {
            check.problem("/review/nextReview", "the next review (" + next + ") must come after the last (" + last + ")");
        }
    }

    /** Red flags: an emergency group that names the number, and the groups most urgent first. */
    private static void checkUrgencies(List<Guide.RedFlagGroup> groups, Checks check) {
        Urgency previous = null;
        for (int i = 0; i < groups.size(); i++) {
            Guide.RedFlagGroup group = groups.get(i);
            Urgency urgency = group.urgency();
            if (urgency == Urgency.EMERGENCY && group.title() != null
                    && !group.title().contains(Placeholders.EMERGENCY_NUMBER)) {
                check.problem("/seeADoctor/groups/" + i + "/title", "an emergency group's title must say which number to"
                        + " call: write " + Placeholders.EMERGENCY_NUMBER);
            }
            if (urgency != null && previous != null && urgency.compareTo(previous) < 0) {
                check.problem("/seeADoctor/groups/" + i + "/urgency", "\"" + urgency.label() + "\" must come before \""
                        + previous.label() + "\": list the groups emergency, then same-day, then soon");
            }
            previous = urgency == null ? previous : urgency;
        }
        if (groups.stream().noneMatch(g -> g.urgency() == Urgency.EMERGENCY)) {
            check.problem("/seeADoctor/groups", "there must be a group with urgency \"emergency\"");
        }
    }

    private static void checkCrampOrTear(CrampOrTear crampOrTear, String at, Checks check, Items items) {
        check.text(crampOrTear.title(), at + "/title");
        check.text(crampOrTear.cramp(), at + "/cramp");
        items.check(crampOrTear.tearSigns(), at + "/tearSigns");
        check.text(crampOrTear.insteadTitle(), at + "/insteadTitle");
        items.check(crampOrTear.instead(), at + "/instead");
    }

    /**
     * Checks the muscles and, when {@code checkSources} (the guide could be read), their items'
     * references into {@code sources}.
     */
    void checkMuscles(LocatedJson<MuscleList> file, Set<String> sources, boolean checkSources) {
        Checks check = new Checks(file, problems);
        Items items = new Items(check, sources, checkSources);
        Map<String, String> ids = Checks.ids();
        List<Muscle> muscles = file.value().muscles();
        if (!check.nonEmpty(muscles, "/muscles")) {
            return;
        }
        for (int i = 0; i < muscles.size(); i++) {
            Muscle muscle = muscles.get(i);
            String at = "/muscles/" + i;
            check.id(muscle.id(), at + "/id", ids, "muscle");
            check.text(muscle.name(), at + "/name");
            check.texts(muscle.anatomicalNames(), at + "/anatomicalNames");
            check.text(muscle.location(), at + "/location");
            check.text(muscle.summary(), at + "/summary");
            if (muscle.warning() != null) {
                check.text(muscle.warning().title(), at + "/warning/title");
                check.text(muscle.warning().text(), at + "/warning/text");
            }
            FlowLimits limits = new FlowLimits(check);
            limits.crampOrTear(muscle, at);
            if (muscle.crampOrTear() != null) {
                checkCrampOrTear(muscle.crampOrTear(), at + "/crampOrTear", check, items);
                items.check(muscle.crampOrTear().callNow(), at + "/crampOrTear/callNow");
            }
            items.check(muscle.triggers(), at + "/triggers");
            if (check.required(muscle.stretch(), at + "/stretch")) {
                items.check(muscle.stretch().steps(), at + "/stretch/steps");
                check.text(muscle.stretch().hold(), at + "/stretch/hold");
                checkStretchTimerAndPictures(muscle.stretch(), at + "/stretch", check);
                limits.stretch(muscle, at + "/stretch");
            }
            items.check(muscle.prevention(), at + "/prevention");
        }
    }

    private static void checkStretchTimerAndPictures(Muscle.Stretch stretch, String at, Checks check) {
        Integer seconds = stretch.holdSeconds();
        if (seconds != null && (seconds < Muscle.Stretch.MIN_HOLD_SECONDS || seconds > Muscle.Stretch.MAX_HOLD_SECONDS)) {
            check.problem(at + "/holdSeconds", seconds + " is not between " + Muscle.Stretch.MIN_HOLD_SECONDS + " and "
                    + Muscle.Stretch.MAX_HOLD_SECONDS + " seconds");
        }
        for (int i = 0; i < stretch.pictures().size(); i++) {
            String id = stretch.pictures().get(i);
            if (id == null || !id.matches(Muscle.Stretch.PICTURE_ID)) {
                check.problem(at + "/pictures/" + i, "\"" + id + "\" is not a picture id: lower-case words joined by"
                        + " hyphens, the name of an SVG file in stretches/ without \".svg\"");
            }
        }
    }

    /** Checks lists of items: text present, sources known. */
    private record Items(Checks check, Set<String> sources, boolean checkSources) {
        void check(List<Item> items, String pointer) {
            if (!check.nonEmpty(items, pointer)) {
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                String at = JsonPaths.child(pointer, i);
                check.optionalText(item.title(), at + "/title");
                check.text(item.text(), at + "/text");
                sources(item.sources(), at);
                if (item.rule() != null && !pointer.endsWith("/stretch/steps")) {
                    check.problem(at + "/rule", "\"rule\" belongs only on a muscle's stretch steps");
                }
                if (item.evidence() != null && item.sources().isEmpty()) {
                    check.problem(at + "/evidence", "an evidence label needs the sources that back it: add \"sources\""
                            + " or leave the label out");
                }
            }
        }

        /** Every id in {@code ids} (the {@code sources} of the value at {@code at}) must be a known source. */
        void sources(List<String> ids, String at) {
            for (int s = 0; s < ids.size(); s++) {
                String source = ids.get(s);
                if (checkSources && source != null && !sources.contains(source)) {
                    check.problem(at + "/sources/" + s, "unknown source \"" + source + "\" (not in the sources list of guide.json)");
                }
            }
        }
    }
}
