package org.crampguide.guide;

import org.crampguide.usage.PanelWatch;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Which of one page's panels are open. A panel opens or folds either because a visitor unfolded it
 * (counted, through {@link PanelWatch}) or because the guide did it: putting the page back as a new
 * visitor finds it, or revealing a panel a search result or a link asked for (not counted). No
 * nodes, so it is tested without a toolkit; the panels' view binds each pane to its property.
 */
public final class PagePanels {
    private final Map<PanelKind, BooleanProperty> open = new EnumMap<>(PanelKind.class);
    private final Map<PanelKind, Boolean> atFirst = new EnumMap<>(PanelKind.class);
    /** True while the guide itself opens or folds panels. */
    private boolean guiding;

    /** The page's panels, each open or folded as it comes; {@code watch} hears of every unfolding by a visitor. */
    public PagePanels(List<Panel> panels, PanelWatch watch) {
        for (Panel panel : panels) {
            BooleanProperty shown = new SimpleBooleanProperty(this, panel.kind().nodeId(), panel.expanded());
            shown.addListener((obs, was, now) -> {
                if (now && !guiding) {
                    watch.unfolded(panel.kind().countedAs());
                }
            });
            if (open.putIfAbsent(panel.kind(), shown) != null) {
                throw new IllegalArgumentException("two " + panel.kind() + " panels on one page");
            }
            atFirst.put(panel.kind(), panel.expanded());
        }
    }

    /** Whether the panel is open: set by the pane a visitor unfolds or folds. */
    public BooleanProperty openProperty(PanelKind kind) {
        BooleanProperty shown = open.get(kind);
        if (shown == null) {
            throw new IllegalArgumentException("no " + kind + " panel on this page");
        }
        return shown;
    }

    public boolean has(PanelKind kind) {
        return open.containsKey(kind);
    }

    /** Every panel open or folded as it was at first. */
    public void startOver() {
        guided(() -> atFirst.forEach((kind, wasOpen) -> open.get(kind).set(wasOpen)));
    }

    /** Opens a panel the guide points to (a search result, "More about cramps"); false if the page has none. */
    public boolean reveal(PanelKind kind) {
        BooleanProperty shown = open.get(kind);
        if (shown != null) {
            guided(() -> shown.set(true));
        }
        return shown != null;
    }

    private void guided(Runnable change) {
        guiding = true;
        try {
            change.run();
        } finally {
            guiding = false;
        }
    }
}
