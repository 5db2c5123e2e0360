package org.crampguide.guide;

import org.crampguide.usage.Counter;
import org.crampguide.usage.UnansweredSearch;
import org.crampguide.usage.UsageRecorder;

import java.util.Objects;
import javafx.beans.value.ObservableValue;
import org.crampguide.content.Muscle;
import org.crampguide.firstaid.FirstAidFlow;

/**
 * Counts what visitors do in the guide itself: each muscle opened, and each search that ended
 * without finding anything. One instance watches every language's screen, so showing the same
 * muscle in another language is not counted as opening it again. Records nothing until
 * {@link #recordTo} is called (desktop mode never calls it).
 */
public final class GuideUsage {
    private UsageRecorder recorder = UsageRecorder.OFF;
    /** The muscle open now in whichever language, or null for the overview. */
    private String openMuscle;

    public void recordTo(UsageRecorder recorder) {
        this.recorder = Objects.requireNonNull(recorder);
    }

    /** Watches one language's screen: its selected muscle and its search. */
    public void watch(ObservableValue<Muscle> selectedMuscle, SearchModel search) {
        selectedMuscle.addListener((obs, old, muscle) -> opened(muscle == null ? null : muscle.id()));
        UnansweredSearch unanswered = new UnansweredSearch(words -> recorder.record(Counter.SEARCH_UNANSWERED, words));
        search.queryProperty().addListener((obs, old, query) ->
                unanswered.changed(query, !search.resultsProperty().isEmpty()));
    }

    private void opened(String muscleId) {
        if (muscleId != null && !muscleId.equals(openMuscle)) {
            recorder.record(Counter.MUSCLE_OPENED, muscleId);
        }
        openMuscle = muscleId;
    }

    /** Counts an answer in a first-aid flow, for the muscle it was for. */
    public void firstAid(FirstAidFlow.Outcome outcome, Muscle muscle) {
        Counter counter = switch (outcome) {
            case CALL_NOW -> Counter.FLOW_CALL_NOW;
            case DONT_STRETCH -> Counter.FLOW_DONT_STRETCH;
            case EASED -> Counter.FLOW_EASED;
            case NOT_EASED -> Counter.FLOW_NOT_EASED;
            case GET_HELP -> Counter.FLOW_GET_HELP;
        };
        recorder.record(counter, muscle == null ? null : muscle.id());
    }
}
