package org.crampguide.guide;

import org.crampguide.theme.Draws;

import java.util.ResourceBundle;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.crampguide.bodymap.Facing;

/** One language's main screen: its view model, its words, its nodes and its detail area. */
@Draws
public record GuideScreen(MainViewModel model, ResourceBundle messages, Parent root, DetailView detail) {

    /** As a new visitor finds it: the overview, front view, no search, panels folded as at first, scrolled to the top. */
    public void startOver() {
        model.search().clear();
        model.showOverview();
        model.shownViewProperty().set(Facing.FRONT);
        detail.startOver();
        root.lookupAll(".scroll-pane").forEach(node -> ((ScrollPane) node).setVvalue(0));
    }
}
