package org.crampguide.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.crampguide.content.Item;
import org.crampguide.content.Language;
import org.crampguide.content.Plural;
import org.crampguide.firstaid.FirstAidFlow.Step;
import org.crampguide.firstaid.FlowCards;
import org.crampguide.firstaid.FlowVoice;
import org.crampguide.hold.HoldPlayer;

/**
 * What the guide says, from the content on screen (never a script of its own): each first-aid
 * step as it appears, and the hold's cues. Node-free; one for the whole app, shared by every
 * screen. {@link #readAlongProperty()} is whether steps and cues are read as they come (always
 * with {@link SpeechMode#ALWAYS}; with {@link SpeechMode#ON_REQUEST} once the person asks).
 */
public final class Voice implements FlowVoice {
    private final Speech speech;
    private final SpeechMode mode;
    private final BooleanProperty readAlong = new SimpleBooleanProperty(this, "readAlong");

    public Voice(Speech speech, SpeechMode mode) {
        this.speech = speech;
        this.mode = mode;
        readAlong.set(mode == SpeechMode.ALWAYS);
    }

    /** A voice that never speaks and offers no button. */
    public static Voice silent() {
        return new Voice(Speech.OFF, SpeechMode.OFF);
    }

    /** Whether the flow offers its speaker button: speech is on and can be heard here. */
    public boolean offered() {
        return mode != SpeechMode.OFF && speech.status().available();
    }

    public SpeechMode mode() {
        return mode;
    }

    public SpeechStatus status() {
        return mode == SpeechMode.OFF ? SpeechStatus.unavailable("turned off") : speech.status();
    }

    @Override
    public boolean buttons() {
        return mode != SpeechMode.OFF;
    }

    @Override
    public String unavailable() {
        SpeechStatus status = status();
        return status.available() ? null : status.detail();
    }

    @Override
    public BooleanProperty readAlongProperty() {
        return readAlong;
    }

    /** The speaker button: reads the step on screen now. */
    @Override
    public void read(Step step, FlowCards cards, Language language) {
        if (mode != SpeechMode.OFF) {
            speech.say(words(step, cards), language);
        }
    }

    /** A step appeared: read it if reading along, and in any case cut what was being said. */
    @Override
    public void shown(Step step, FlowCards cards, Language language) {
        if (readAlong.get()) {
            read(step, cards, language);
        } else {
            speech.stop();
        }
    }

    /** A hold's moment (get ready, halfway, ten seconds left, the end): said when reading along. */
    @Override
    public void cue(HoldPlayer hold, HoldMoment moment, ResourceBundle ui, Language language) {
        if (!readAlong.get() || mode == SpeechMode.OFF) {
            return;
        }
        String text = switch (moment) {
            case GET_READY -> (hold.sideProperty().get() == HoldPlayer.Side.OTHER ? ui.getString("speech.otherSide") + " "
                    : "") + ui.getString("speech.getReady");
            case HALFWAY -> Plural.format(ui, "speech.halfway", hold.secondsLeftProperty().get());
            case TEN_LEFT -> Plural.format(ui, "speech.secondsLeft", SECONDS_BEFORE_THE_END);
            case END -> ui.getString("speech.end");
        };
        speech.say(text, language);
    }

    /** Back as at start (a new visitor): reading along as the setting says, nothing being said. */
    public void reset() {
        readAlong.set(mode == SpeechMode.ALWAYS);
        speech.stop();
    }

    /** Stops what is being said (a new muscle, the overview). */
    @Override
    public void hush() {
        speech.stop();
    }

    /** What is said for a step: its words as on screen, in reading order, each line a sentence. */
    public static String words(Step step, FlowCards cards) {
        FlowCards.Card card = cards.card(step);
        List<String> parts = new ArrayList<>();
        add(parts, card.lead());
        add(parts, card.heading());
        if (step == Step.CALL) {
            add(parts, card.call());
        }
        card.lines().forEach(line -> add(parts, line));
        if (step == Step.STRETCH) {
            List<Item> steps = cards.stretchSteps();
            for (int i = 0; i < steps.size(); i++) {
                Item item = steps.get(i);
                add(parts, (i + 1) + ". " + (item.hasTitle() ? item.title() + ". " : "") + item.text());
            }
        }
        if (step != Step.CALL) {
            add(parts, card.call());
        }
        if (card.no() != null) { // a question: its two answers
            add(parts, card.yes());
            add(parts, card.no());
        }
        String number = cards.emergencyNumber();
        return String.join(" ", parts).replace(number, digitByDigit(number));
    }

    /** "112, 999 or 911" said as a phone number is said, "1 1 2, 9 9 9 or 9 1 1", not "one hundred and twelve". */
    static String digitByDigit(String number) {
        StringBuilder spoken = new StringBuilder();
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            spoken.append(c);
            if (Character.isDigit(c) && i + 1 < number.length() && Character.isDigit(number.charAt(i + 1))) {
                spoken.append(' ');
            }
        }
        return spoken.toString();
    }

    private static void add(List<String> parts, String text) {
        if (text != null && !text.isBlank()) {
            String trimmed = text.strip();
            boolean ends = trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith("!") || trimmed.endsWith(":")
                    || trimmed.endsWith("…");
            parts.add(ends ? trimmed : trimmed + ".");
        }
    }
}
