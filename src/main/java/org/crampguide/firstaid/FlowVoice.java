package org.crampguide.firstaid;

import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import org.crampguide.content.Language;
import org.crampguide.firstaid.FirstAidFlow.Step;
import org.crampguide.hold.HoldPlayer;

/**
 * What the flow's view needs of the guide's voice (implemented by {@code speech.Voice}): the
 * speaker button reads a step, a step that appears is read while the person reads along, and
 * the hold's moments are said.
 */
public interface FlowVoice {
    /** The hold's cue this many seconds before its end (for holds of more than twice as long). */
    int SECONDS_BEFORE_THE_END = 10;

    /** The moments of a hold that are spoken. */
    enum HoldMoment { GET_READY, HALFWAY, TEN_LEFT, END }

    /** Whether the flow shows its speaker buttons (speech is not turned off). */
    boolean buttons();

    /** Why nothing can be heard here ("no sound device: …"), or null when the voice can speak. */
    String unavailable();

    /** Whether each step and the hold's cues are read as they come. */
    BooleanProperty readAlongProperty();

    /** The speaker button: reads the step on screen now. */
    void read(Step step, FlowCards cards, Language language);

    /** A step appeared: read it if reading along, and in any case cut what was being said. */
    void shown(Step step, FlowCards cards, Language language);

    /** Stops what is being said (the overview came up). */
    void hush();

    /** A hold's moment, said when reading along. */
    void cue(HoldPlayer hold, HoldMoment moment, ResourceBundle ui, Language language);
}
