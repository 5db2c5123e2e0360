package org.crampguide.guide;

import org.crampguide.theme.Draws;

import java.util.ResourceBundle;
import org.crampguide.content.Muscle;
import org.crampguide.firstaid.FirstAidFlowView;
import org.crampguide.hold.HoldCues;
import org.crampguide.hold.HoldPlayer;
import org.crampguide.hold.HoldPlayerView;
import org.crampguide.hold.ToneCues;

/** Makes the hold timer that sits under each muscle's stretch on the guide's screen. */
@Draws
public final class HoldPlayers {
    private HoldCues cues = new ToneCues(true);

    /** Whether the timers sound a tone at halfway and at the end (they always flash). */
    public void playTones(boolean tones) {
        cues = new ToneCues(tones);
    }

    /** The timer for a muscle's stretch; none where the screen opens with a warning (chest pain: call). */
    FirstAidFlowView.Hold forMuscle(Muscle muscle, ResourceBundle messages) {
        if (muscle.hasWarning()) {
            return null;
        }
        HoldPlayer player = new HoldPlayer(() -> System.nanoTime() / 1_000_000, cues);
        player.ready(muscle.stretch().minimumSeconds());
        HoldPlayerView view = HoldPlayerView.load(player, messages);
        view.tickEveryFrame(); // frames tick it only while it runs
        return new FirstAidFlowView.Hold(player, view.node(), muscle.stretch().minimumSeconds());
    }
}
