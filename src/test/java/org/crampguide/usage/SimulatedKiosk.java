package org.crampguide.usage;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Random;

/** Visitors over some weeks, hour by hour, through the real recorder on a test clock: data to look at. */
final class SimulatedKiosk {
    private static final String[] MUSCLES = {"calves", "calves", "calves", "hamstrings", "hamstrings", "quadriceps",
        "feet", "forearms", "chest"};
    private static final String[] PANELS = {"causes", "symptoms", "prevention", "nutrition", "see-a-doctor"};
    private static final String[] SEARCHES = {"cramp at night", "magnesium dose", "pickle juice", "toe cramp",
        "side stitch", "cramp after swim", "leg cramp pregnant", "electrolyte drink"};

    /** How many days of events may wait in the recorder's queue (about 2,000, well under its bound). */
    private static final int WEEK = 7;

    private SimulatedKiosk() {
    }

    /** Runs {@code days} days up to the clock's time, then leaves the clock where it started. */
    static int run(BackgroundRecorder recorder, TestClock clock, int days, Random random) {
        clock.advance(Duration.ofDays(-days));
        int events = 0;
        for (int day = 0; day < days; day++) {
            for (int hour = 0; hour < 24; hour++) {
                LocalTime local = clock.instant().atZone(clock.getZone()).toLocalTime();
                int busy = local.getHour() < 7 || local.getHour() > 21 ? 0
                        : local.getHour() >= 17 && local.getHour() <= 20 ? 7 : 3;
                int sessions = busy == 0 ? 0 : random.nextInt(busy) + (day > days - 8 ? 2 : 0);
                for (int s = 0; s < sessions; s++) {
                    events += visit(recorder, random);
                }
                clock.advance(Duration.ofHours(1));
            }
            if (day % WEEK == WEEK - 1 || day == days - 1) { // each event keeps the hour it was recorded in;
                UsageRecorderTest.awaitWritten(recorder, events); // waiting weekly keeps the queue short
            }
        }
        return events;
    }

    private static int visit(BackgroundRecorder recorder, Random random) {
        int events = 1;
        recorder.record(Counter.SESSION);
        boolean emergency = false;
        for (int m = random.nextInt(3); m >= 0; m--) {
            String muscle = MUSCLES[random.nextInt(MUSCLES.length)];
            recorder.record(Counter.MUSCLE_OPENED, muscle);
            events++;
            if (random.nextInt(3) == 0) {
                recorder.record(Counter.CRAMPING_NOW);
                recorder.record(Counter.HOLD_STARTED, muscle);
                recorder.record(Counter.HOLD_COMPLETED, muscle);
                events += 3;
                emergency = true;
            }
            if (random.nextInt(2) == 0) {
                String panel = PANELS[random.nextInt(PANELS.length)];
                recorder.record(Counter.PANEL_UNFOLDED, panel);
                events++;
                emergency |= panel.equals("see-a-doctor");
            }
        }
        if (emergency) {
            recorder.record(Counter.EMERGENCY_SHOWN);
            events++;
        }
        if (random.nextInt(6) == 0) {
            recorder.record(Counter.SEARCH_UNANSWERED, SEARCHES[Math.min(random.nextInt(SEARCHES.length),
                    random.nextInt(SEARCHES.length))]);
            events++;
        }
        if (random.nextInt(8) == 0) {
            recorder.record(Counter.LANGUAGE_CHOSEN, "ru");
            events++;
        }
        recorder.record(Counter.IDLE_RESET);
        return events + 1;
    }
}
