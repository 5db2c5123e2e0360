package org.crampguide.guide;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.animation.PauseTransition;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.util.Duration;
import org.crampguide.content.Problem;

/**
 * The message about the content pack shown above the guide (empty: none). It outlives a screen
 * rebuild, so it is kept here rather than in any one screen.
 */
public final class ContentNotice {
    /** How many problems the notice lists before "and N more". */
    private static final int LISTED = 3;
    private static final Duration RELOADED_SHOWS_FOR = Duration.seconds(6);

    private final StringProperty text = new SimpleStringProperty(this, "notice", "");

    /** The text; the notice bar shows while it is not empty, and its close button empties it. */
    StringProperty text() {
        return text;
    }

    /** New content is on screen: says so for a few seconds (unless another notice replaced it). */
    public void reloaded(ResourceBundle words) {
        String updated = words.getString("notice.reloaded");
        text.set(updated);
        PauseTransition fade = new PauseTransition(RELOADED_SHOWS_FOR);
        fade.setOnFinished(e -> text.set(text.get().equals(updated) ? "" : text.get()));
        fade.play();
    }

    /** A changed pack that cannot be used: names the first problems so the editor can fix them. */
    public void cannotUse(ResourceBundle words, List<Problem> problems) {
        StringBuilder message = new StringBuilder(words.getString("notice.reloadFailed"));
        problems.stream().limit(LISTED).forEach(problem -> message.append('\n').append(problem));
        if (problems.size() > LISTED) {
            message.append('\n').append(MessageFormat.format(words.getString("notice.more"), problems.size() - LISTED));
        }
        text.set(message.toString());
    }
}
