package org.crampguide.kiosk.staff;

import org.crampguide.kiosk.settings.StaffPin;

import java.util.Arrays;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.crampguide.content.Plural;

/**
 * The staff PIN pad's state: the digits typed so far (shown as dots), the pad's message, and
 * whether a PIN is being checked. A check takes up to a couple of seconds by design, so it runs on
 * its own executor; the answer comes back through the UI executor, and an answer for a pad cleared
 * in the meantime is dropped.
 */
public final class PinPad {
    /** The keys, in the order the pad shows them, three to a row. */
    public static final String BACK = "⌫";
    public static final String OK = "OK";
    public static final String[] KEYS = {"1", "2", "3", "4", "5", "6", "7", "8", "9", BACK, "0", OK};

    private final PinGuard guard;
    private final Executor checks;
    private final Executor ui;
    private final Supplier<ResourceBundle> words;
    private final StringBuilder typed = new StringBuilder();
    private final ReadOnlyStringWrapper dots = new ReadOnlyStringWrapper(this, "dots", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    /** Counts PINs sent for checking, so that an answer for a pad cleared since is dropped. */
    private int round;
    private Runnable onAccepted = () -> { };

    /**
     * @param checks where a typed PIN is checked: never the UI thread
     * @param ui runs the answer on the UI thread ({@code Platform::runLater})
     * @param words the pad's words in the language on screen
     */
    public PinPad(PinGuard guard, Executor checks, Executor ui, Supplier<ResourceBundle> words) {
        this.guard = guard;
        this.checks = checks;
        this.ui = ui;
        this.words = words;
    }

    /** What to do when the right PIN is typed (the pad has been cleared by then). */
    public void onAccepted(Runnable action) {
        onAccepted = action;
    }

    /** A key on the pad: a digit (up to the longest PIN), back-space or OK. Ignored while checking. */
    public void press(String key) {
        if (checking.get()) {
            return;
        }
        switch (key) {
            case BACK -> typed.setLength(Math.max(0, typed.length() - 1));
            case OK -> submit();
            default -> {
                if (typed.length() < StaffPin.MAX_DIGITS) {
                    typed.append(key);
                }
            }
        }
        dots.set("●".repeat(typed.length()));
    }

    /** Forgets the digits and the message; a check still running answers to nobody. */
    public void clear() {
        typed.setLength(0);
        round++;
        dots.set("");
        message.set("");
        checking.set(false);
    }

    private void submit() {
        char[] pin = new char[typed.length()];
        typed.getChars(0, typed.length(), pin, 0);
        typed.setLength(0);
        int sent = ++round;
        checking.set(true);
        message.set(words.get().getString("kiosk.pin.checking"));
        checks.execute(() -> {
            PinGuard.Attempt attempt = guard.tryPin(pin);
            Arrays.fill(pin, '\0');
            ui.execute(() -> {
                if (sent == round) {
                    checking.set(false);
                    answer(attempt);
                }
            });
        });
    }

    private void answer(PinGuard.Attempt attempt) {
        if (attempt instanceof PinGuard.Attempt.Accepted) {
            clear();
            onAccepted.run();
        } else if (attempt instanceof PinGuard.Attempt.Locked locked) {
            message.set(Plural.format(words.get(), "kiosk.pin.locked", locked.secondsLeft()));
        } else if (attempt instanceof PinGuard.Attempt.Rejected rejected) {
            message.set(Plural.format(words.get(), "kiosk.pin.wrong", rejected.remainingBeforeLockout()));
        }
    }

    /** One dot per digit typed. */
    public ReadOnlyStringProperty dotsProperty() {
        return dots.getReadOnlyProperty();
    }

    /** "Checking…", a wrong PIN's tries left, or the lock-out; empty at first. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether a PIN is being checked (the keys wait). */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }
}
