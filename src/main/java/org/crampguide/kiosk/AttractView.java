package org.crampguide.kiosk;

import org.crampguide.theme.Draws;

import java.util.EnumMap;
import java.util.Map;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.crampguide.bodymap.BodyMap;
import org.crampguide.bodymap.BodyMapView;
import org.crampguide.bodymap.Facing;
import org.crampguide.content.Muscle;

/**
 * The attract screen: an invitation to tap, its figure lighting up the muscles one by one. Its
 * animations run only while it shows, and the figure is drawn again when the content has changed.
 */
@Draws
public final class AttractView {
    private static final Duration EACH_MUSCLE = Duration.seconds(1.8);

    private final KioskViewModel model;
    private final ShownGuide guide;
    private final Timeline cycle = new Timeline();
    private FadeTransition pulse;
    private BodyMapView figure;
    private BodyMap drawnFrom;

    @FXML private StackPane attractLayer;
    @FXML private StackPane attractFigure;
    @FXML private Label attractMuscle;
    @FXML private Label attractTap;

    public AttractView(KioskViewModel model, ShownGuide guide) {
        this.model = model;
        this.guide = guide;
    }

    @FXML
    private void initialize() {
        attractLayer.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            e.consume(); // the touch that wakes the kiosk does not also press what lies beneath
            model.wake();
        });
        pulse = new FadeTransition(Duration.seconds(1.2), attractTap);
        pulse.setFromValue(1);
        pulse.setToValue(0.35);
        pulse.setAutoReverse(true);
        pulse.setCycleCount(Animation.INDEFINITE);
        Overlays.follow(attractLayer, model.showing(KioskViewModel.Overlay.ATTRACT), this::shown);
    }

    private void shown(boolean showing) {
        if (showing) {
            drawFigure();
            pulse.play();
            cycle.play();
        } else {
            pulse.stop();
            cycle.stop();
            attractFigure.getChildren().clear(); // its kept picture goes with it (bodymap/Figure)
        }
    }

    /** The figure and its cycle, built again when the guide's artwork or muscles changed (a reload). */
    private void drawFigure() {
        if (figure == null || drawnFrom != guide.bodyMap()) {
            Map<Facing, String> noCaptions = new EnumMap<>(Facing.class);
            noCaptions.put(Facing.FRONT, "");
            noCaptions.put(Facing.BACK, "");
            drawnFrom = guide.bodyMap();
            figure = new BodyMapView(drawnFrom, noCaptions, region -> "");
            figure.showBothProperty().set(false);
            figure.setMouseTransparent(true);
            figure.setFocusTraversable(false);
        }
        attractFigure.getChildren().setAll(figure);
        var muscles = guide.content().muscles();
        cycle.stop();
        cycle.getKeyFrames().clear();
        for (int i = 0; i < muscles.size(); i++) {
            Muscle muscle = muscles.get(i);
            cycle.getKeyFrames().add(new KeyFrame(EACH_MUSCLE.multiply(i), e -> feature(muscle)));
        }
        cycle.getKeyFrames().add(new KeyFrame(EACH_MUSCLE.multiply(muscles.size())));
        cycle.setCycleCount(Animation.INDEFINITE);
    }

    private void feature(Muscle muscle) {
        boolean onFront = drawnFrom.view(Facing.FRONT).regions().stream()
                .anyMatch(r -> r.muscleId().equals(muscle.id()));
        figure.shownViewProperty().set(onFront ? Facing.FRONT : Facing.BACK);
        figure.highlight(muscle.id());
        attractMuscle.setText(muscle.name());
    }

    /** Whether the cycle runs (it should only while the screen shows). */
    boolean animating() {
        return cycle.getStatus() == Animation.Status.RUNNING;
    }
}
