package org.crampguide.kiosk;

import org.crampguide.theme.Draws;

import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.layout.StackPane;
import org.crampguide.bodymap.BodyMap;
import org.crampguide.stretch.StretchPictures;
import org.crampguide.content.GuideContent;
import org.crampguide.content.Language;
import org.crampguide.content.Muscle;
import org.crampguide.firstaid.Episodes;
import org.crampguide.usage.PanelWatch;
import org.crampguide.speech.Voice;

/** What kiosk mode needs from the guide on screen (the app's composition root provides it). */
@Draws
public interface ShownGuide {

    /** The stack the main screen sits in; kiosk overlays are added above it. */
    StackPane layers();

    /** The content in the language on screen now. */
    GuideContent content();

    BodyMap bodyMap();

    /** The stretch pictures the content names. */
    StretchPictures pictures();

    /** The UI's words in the language on screen now. */
    ResourceBundle messages();

    /** The language on screen; changes when a visitor switches. */
    ReadOnlyObjectProperty<Language> languageProperty();

    Optional<Muscle> selectedMuscle();

    void select(String muscleId);

    /** Back to a clean start: no muscle, no search, the default language, scrolled to the top, no pop-ups. */
    void resetToStart();

    /** Makes the text larger, for reading standing a metre or so from the screen. */
    void readFromAStepBack();

    /** Reads the content again (staff menu); a problem is shown as the usual notice. */
    void reloadContent();

    /** The first-aid flows of every screen: the idle reset waits while an episode is open. */
    Episodes episodes();

    /** The guide's voice, which the stretch screen's flow and the hold's cues use. */
    Voice voice();

    /** Hears of every panel a visitor unfolds. */
    PanelWatch panels();
}
