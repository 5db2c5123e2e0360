package org.crampguide.usage;

import org.crampguide.guide.GuideUsage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.crampguide.content.BundledPack;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Language;
import org.crampguide.firstaid.Episodes;
import org.crampguide.firstaid.FirstAidFlow;
import org.crampguide.library.GuideLibrary;
import org.junit.jupiter.api.Test;

/** The first-aid flow's answers reach the usage counts as flow_* counters, labelled with the muscle. */
class GuideUsageFlowTest {

    @Test
    void eachCountedAnswerIsOneUsageEventForItsMuscle() {
        GuideContent content = GuideLibrary.load(new BundledPack(), new ArrayList<>()).orElseThrow()
                .in(Language.ENGLISH).content();
        List<String> recorded = new ArrayList<>();
        GuideUsage usage = new GuideUsage();
        usage.recordTo(new UsageRecorder() {
            @Override
            public boolean record(Counter counter, String label) {
                recorded.add(counter.stored() + " " + label);
                return true;
            }

            @Override
            public void close() {
            }
        });
        AtomicLong now = new AtomicLong();
        FirstAidFlow flow = new Episodes(now::get, usage::firstAid).newFlow();
        flow.start(content.muscle("calves").orElseThrow());
        flow.yes(); // call now
        flow.back();
        flow.no();
        flow.yes(); // don't stretch
        flow.back();
        flow.no();
        flow.stretched();
        flow.no(); // not yet
        flow.stretched();
        flow.yes(); // eased
        flow.start(content.muscle("feet").orElseThrow());
        flow.no();
        now.addAndGet(FirstAidFlow.ESCALATE_AFTER_MILLIS);
        flow.tick(); // get help
        assertEquals(List.of("flow_call_now calves", "flow_dont_stretch calves", "flow_not_eased calves",
                "flow_eased calves", "flow_get_help feet"), recorded);
    }
}
