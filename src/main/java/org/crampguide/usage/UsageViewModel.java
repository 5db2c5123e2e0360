package org.crampguide.usage;

import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Usage screen's state: the figures, and whether they are being read, there, or could not be
 * read. The database is read on a background executor; the answer is set on the JavaFX thread
 * (through {@code fx}). No nodes, so it is tested without a toolkit.
 */
public final class UsageViewModel {
    /** Where the screen is. */
    public enum State { LOADING, READY, FAILED }

    /** Reads the figures (from the database); runs off the JavaFX thread. */
    @FunctionalInterface
    public interface Source {
        UsageReport read() throws Exception;
    }

    private final Source source;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private final ReadOnlyObjectWrapper<UsageReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public UsageViewModel(Source source, Executor background, Executor fx) {
        this.source = Objects.requireNonNull(source);
        this.background = Objects.requireNonNull(background);
        this.fx = Objects.requireNonNull(fx);
    }

    /** Reads the figures afresh. */
    public void load() {
        state.set(State.LOADING);
        background.execute(() -> {
            try {
                UsageReport read = source.read();
                fx.execute(() -> {
                    report.set(read);
                    state.set(State.READY);
                });
            } catch (Exception e) {
                String message = UsageFile.message(e);
                System.getLogger(UsageViewModel.class.getName()).log(System.Logger.Level.WARNING,
                        "the Usage screen could not read its figures: " + message);
                fx.execute(() -> {
                    problem.set(message);
                    state.set(State.FAILED);
                });
            }
        });
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UsageReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Why the figures could not be read (one line). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
