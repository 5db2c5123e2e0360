package org.crampguide.usage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells whoever listens when a visitor unfolds a panel, on any page of any language, by the name
 * the count uses ("causes", "see-a-doctor"): the kiosk counts it. One for the whole guide, given
 * to every page.
 */
public final class PanelWatch {
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public void listen(Consumer<String> listener) {
        listeners.add(listener);
    }

    public void unfolded(String panel) {
        listeners.forEach(listener -> listener.accept(panel));
    }
}
