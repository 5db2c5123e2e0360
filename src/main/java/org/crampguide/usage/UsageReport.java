package org.crampguide.usage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of the Usage screen, worked out from the hourly rows of the last five weeks.
 *
 * @param musclesLastWeek muscles opened in the last 7 days, by muscle id, most opened first
 * @param musclesWeeksBefore the weekly average of the 28 days before those 7, by muscle id
 * @param sessionsPerDay sessions on each of the last 30 days (oldest first, days without any included)
 * @param sessionsByHour sessions in the last 30 days by hour of the day, 0 to 23
 * @param unanswered searches that found nothing in the last 30 days, most frequent first (at most 50)
 * @param sessions sessions in the last 30 days
 * @param emergencySessions sessions in the last 30 days that showed emergency information
 */
public record UsageReport(Map<String, Long> musclesLastWeek, Map<String, Double> musclesWeeksBefore,
        Map<LocalDate, Long> sessionsPerDay, List<Long> sessionsByHour, List<Search> unanswered, long sessions,
        long emergencySessions) {

    /** How often a search found nothing. */
    public record Search(String words, long count) {
    }

    public static final Duration SPAN = Duration.ofDays(35);
    private static final int DAYS = 30;

    /** The share of sessions that showed emergency information, 0 to 1. */
    public double emergencyShare() {
        return sessions == 0 ? 0 : Math.min(1, (double) emergencySessions / sessions);
    }

    public boolean isEmpty() {
        return sessions == 0 && musclesLastWeek.isEmpty() && musclesWeeksBefore.isEmpty() && unanswered.isEmpty();
    }

    /** The figures at {@code now} from rows covering at least the {@link #SPAN} before it. */
    public static UsageReport from(List<HourCount> rows, Instant now, ZoneId zone) {
        Instant weekAgo = now.minus(Duration.ofDays(7));
        Instant fiveWeeksAgo = now.minus(SPAN);
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate firstDay = today.minusDays(DAYS - 1);
        Instant monthAgo = firstDay.atStartOfDay(zone).toInstant();
        Map<String, Long> lastWeek = new TreeMap<>();
        Map<String, Long> before = new TreeMap<>();
        Map<LocalDate, Long> perDay = new TreeMap<>();
        for (LocalDate day = firstDay; !day.isAfter(today); day = day.plusDays(1)) {
            perDay.put(day, 0L);
        }
        long[] byHour = new long[24];
        Map<String, Long> searches = new LinkedHashMap<>();
        long sessions = 0;
        long emergency = 0;
        for (HourCount row : rows) {
            Instant hour = row.hourStart();
            if (hour.isAfter(now) || hour.isBefore(fiveWeeksAgo)) {
                continue;
            }
            boolean inMonth = !hour.isBefore(monthAgo);
            switch (Counter.ofStored(row.counter()).orElse(Counter.ERROR_RECOVERED)) {
                case MUSCLE_OPENED -> (hour.isBefore(weekAgo) ? before : lastWeek).merge(row.label(), row.count(), Long::sum);
                case SESSION -> {
                    if (inMonth) {
                        ZonedDateTime local = hour.atZone(zone);
                        perDay.merge(local.toLocalDate(), row.count(), Long::sum);
                        byHour[local.getHour()] += row.count();
                        sessions += row.count();
                    }
                }
                case EMERGENCY_SHOWN -> emergency += inMonth ? row.count() : 0;
                case SEARCH_UNANSWERED -> {
                    if (inMonth) {
                        searches.merge(row.label(), row.count(), Long::sum);
                    }
                }
                default -> { }
            }
        }
        Map<String, Double> weekly = new TreeMap<>();
        before.forEach((muscle, count) -> weekly.put(muscle, count / 4.0));
        List<Search> unanswered = new ArrayList<>();
        searches.forEach((words, count) -> unanswered.add(new Search(words, count)));
        unanswered.sort(Comparator.comparingLong(Search::count).reversed().thenComparing(Search::words));
        List<Long> hours = new ArrayList<>();
        for (long n : byHour) {
            hours.add(n);
        }
        return new UsageReport(mostFirst(lastWeek), weekly, perDay, List.copyOf(hours),
                List.copyOf(unanswered.subList(0, Math.min(50, unanswered.size()))), sessions, emergency);
    }

    private static Map<String, Long> mostFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
