package org.crampguide.kiosk;

import org.crampguide.kiosk.staff.PinPad;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.crampguide.content.Muscle;
import org.crampguide.firstaid.FirstAidFlow;
import org.crampguide.hold.HoldPlayer;

/**
 * What the kiosk's layers above the guide show: which overlays are up, the "Still there?"
 * countdown, the muscle on the "Cramping right now?" screen and its hold, the PIN pad, and staff's
 * answers. {@link KioskMode} decides when each shows; the views draw this state and report taps
 * back. No nodes, so it is tested without a toolkit.
 */
public final class KioskViewModel {
    /** The kiosk's screens over the guide, from the bottom up. */
    public enum Overlay { STRETCH_NOW, STILL_THERE, ATTRACT, PIN_PAD, STAFF_MENU, USAGE }

    /** What visitors do on the kiosk's own screens, for the idle reset and the usage counts. */
    public interface Visitor {
        /** A tap on the attract screen. */
        void sessionStarted();

        /** "Cramping right now?" was pressed. */
        void crampingNow();

        /** "I'm still here" on the warning. */
        void stillHere();
    }

    private final Map<Overlay, ReadOnlyBooleanWrapper> shown = new EnumMap<>(Overlay.class);
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(this, "secondsLeft");
    private final ReadOnlyObjectWrapper<Optional<Muscle>> stretchMuscle =
            new ReadOnlyObjectWrapper<>(this, "stretchMuscle", Optional.empty());
    private final ReadOnlyStringWrapper staffAnswer = new ReadOnlyStringWrapper(this, "staffAnswer", "");
    private final HoldPlayer hold;
    private final PinPad pinPad;
    private final int defaultHoldSeconds;
    private final Supplier<ResourceBundle> words;
    private final Supplier<FirstAidFlow> flows;
    /** The stretch screen's first-aid flow, new each time the screen opens for a muscle. */
    private FirstAidFlow stretchFlow;
    private Visitor visitor;

    /**
     * @param hold the stretch hold player (on the kiosk's clock)
     * @param defaultHoldSeconds the kiosk's hold length where the content gives none
     * @param words the UI's words in the language on screen
     * @param flows makes a first-aid flow for the stretch screen
     */
    public KioskViewModel(HoldPlayer hold, PinPad pinPad, int defaultHoldSeconds, Supplier<ResourceBundle> words,
            Supplier<FirstAidFlow> flows) {
        this.flows = flows;
        this.hold = hold;
        this.pinPad = pinPad;
        this.defaultHoldSeconds = defaultHoldSeconds;
        this.words = words;
        for (Overlay overlay : Overlay.values()) {
            shown.put(overlay, new ReadOnlyBooleanWrapper(this, overlay.name()));
        }
        pinPad.onAccepted(() -> {
            hide(Overlay.PIN_PAD);
            staffAnswer.set("");
            show(Overlay.STAFF_MENU);
        });
    }

    /** Who hears what visitors do (set once, by the kiosk). */
    void reportTo(Visitor listener) {
        this.visitor = listener;
    }

    public ReadOnlyBooleanProperty showing(Overlay overlay) {
        return shown.get(overlay).getReadOnlyProperty();
    }

    public boolean isShowing(Overlay overlay) {
        return shown.get(overlay).get();
    }

    void show(Overlay overlay) {
        shown.get(overlay).set(true);
    }

    void hide(Overlay overlay) {
        if (overlay == Overlay.STRETCH_NOW) {
            hold.stop();
            endFlow();
        } else if (overlay == Overlay.PIN_PAD) {
            pinPad.clear();
        }
        shown.get(overlay).set(false);
    }

    /** The visitor tapped the attract screen. */
    public void wake() {
        hide(Overlay.ATTRACT);
        visitor.sessionStarted();
    }

    /** The "Still there?" warning with its seconds left, or a new count while it shows. */
    void warn(int seconds) {
        secondsLeft.set(seconds);
        show(Overlay.STILL_THERE);
    }

    /** The visitor answered the warning. */
    public void stillHere() {
        visitor.stillHere();
    }

    /** "Cramping right now?" pressed: the stretch for {@code muscle}, or first the question which one. */
    public void crampingNow(Optional<Muscle> muscle) {
        visitor.crampingNow();
        openStretch(muscle);
    }

    /**
     * The "Cramping right now?" screen for {@code muscle} (none: the question which muscle). The hold
     * is made ready with the content's length, or the kiosk's; a muscle whose warning comes first
     * (chest pain: call, don't stretch) gets no hold.
     */
    public void openStretch(Optional<Muscle> muscle) {
        hold.stop();
        endFlow();
        if (muscle.isPresent()) {
            stretchFlow = flows.get();
            stretchFlow.start(muscle.get());
        }
        stretchMuscle.set(muscle);
        if (offersHold()) {
            hold.ready(holdSeconds());
        }
        show(Overlay.STRETCH_NOW);
    }

    /** Whether the stretch screen offers the hold player: a muscle is chosen and no warning comes first. */
    public boolean offersHold() {
        return stretchMuscle.get().map(muscle -> !muscle.hasWarning()).orElse(false);
    }

    /** Escape: the touch keyboard and the staff screens close (the stretch screen has its own Done). */
    void closePopUps() {
        hide(Overlay.PIN_PAD);
        hide(Overlay.USAGE);
        hide(Overlay.STAFF_MENU);
    }

    /** Every overlay closed but the attract screen, which comes up (an idle reset). */
    void backToAttract() {
        for (Overlay overlay : Overlay.values()) {
            hide(overlay);
        }
        show(Overlay.ATTRACT);
    }

    /** A line for staff: Diagnostics, an export's outcome, or why usage is off. */
    public void tellStaff(String answer) {
        staffAnswer.set(answer);
    }

    public ReadOnlyStringProperty staffAnswerProperty() {
        return staffAnswer.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Muscle>> stretchMuscleProperty() {
        return stretchMuscle.getReadOnlyProperty();
    }

    public HoldPlayer hold() {
        return hold;
    }

    /** The stretch screen's first-aid flow while it shows a muscle; null otherwise. */
    public FirstAidFlow stretchFlow() {
        return stretchFlow;
    }

    /** The hold's length for the muscle on the stretch screen: the content's, or the kiosk's. */
    public int holdSeconds() {
        return stretchMuscle.get().map(muscle -> muscle.stretch().holdSeconds() != null
                ? muscle.stretch().minimumSeconds() : defaultHoldSeconds).orElse(defaultHoldSeconds);
    }

    private void endFlow() {
        if (stretchFlow != null) {
            stretchFlow.end(); // its episode, if any, is over
            stretchFlow = null;
        }
    }

    public PinPad pinPad() {
        return pinPad;
    }

    /** The UI's words in the language on screen now. */
    public ResourceBundle words() {
        return words.get();
    }
}
