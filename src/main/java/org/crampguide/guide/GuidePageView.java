package org.crampguide.guide;

import org.crampguide.usage.PanelWatch;
import org.crampguide.theme.Draws;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.ResourceBundle;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.crampguide.content.Guide;
import org.crampguide.content.Muscle;
import org.crampguide.firstaid.Episodes;
import org.crampguide.firstaid.FirstAidFlow;
import org.crampguide.firstaid.FirstAidFlowView;
import org.crampguide.firstaid.FlowVoice;
import org.crampguide.firstaid.FlowCards;
import org.crampguide.content.Language;
import org.crampguide.stretch.StretchPictures;
import org.crampguide.theme.Fxml;

/**
 * One page of the detail area: the overview, or a muscle's name, where it is, and its panels. A
 * page is built once, from data already in memory, and kept: showing it again costs nothing.
 */
@Draws
public final class GuidePageView {
    private static final PseudoClass TARGET = PseudoClass.getPseudoClass("target");
    /** A stretch picture's size on a page; the pictures sit side by side, so two fit the narrowest page. */
    private static final double PICTURE_WIDTH = 240;
    private static final double PICTURE_HEIGHT = 176;

    private final Parts parts;
    private final Muscle muscle;
    private List<PanelView.Built> built = List.of();
    /** Which panels are open (null until the page is loaded). */
    private PagePanels open;
    /** The muscle's first-aid flow and its view (null on the overview). */
    private FirstAidFlow flow;
    private FirstAidFlowView flowView;

    @FXML private ScrollPane scroll;
    @FXML private Label eyebrow;
    @FXML private Label title;
    @FXML private Label muscleLocation;
    @FXML private VBox intro;
    @FXML private VBox panelBox;

    /**
     * What every page of one language is made from.
     *
     * @param holdPlayer makes the hold player for a muscle's stretch (null: no timer for this muscle)
     * @param episodes makes each muscle page's first-aid flow
     * @param moreAboutCramps opens a panel of the overview
     * @param voice reads the flow aloud, in {@code language}
     * @param watch hears of every panel a visitor unfolds
     */
    record Parts(Guide guide, ResourceBundle messages, GuidePanels panels, GuideRows rows, StretchPictures pictures,
            Function<Muscle, FirstAidFlowView.Hold> holdPlayer, Episodes episodes, Consumer<PanelKind> moreAboutCramps,
            FlowVoice voice, Language language, PanelWatch watch) {
    }

    /** For an FXML loader's controller factory; {@link #load} does the loading. */
    GuidePageView(Parts parts, Muscle muscle) {
        this.parts = parts;
        this.muscle = muscle;
    }

    /** Builds the page of {@code muscle} (null: the overview) from {@code GuidePageView.fxml}. */
    static GuidePageView load(Parts parts, Muscle muscle) {
        GuidePageView page = new GuidePageView(parts, muscle);
        Fxml.load(GuidePageView.class, "GuidePageView.fxml", parts.messages(), page);
        return page;
    }

    @FXML
    private void initialize() {
        boolean overview = muscle == null;

        // a muscle's page leads with its name and where it is; the overview says what it is about
        setShown(eyebrow, overview);
        eyebrow.setText(parts.messages().getString("detail.overview"));
        title.setText(overview ? parts.guide().overview().title() : muscle.name());
        setShown(muscleLocation, !overview);
        if (overview) {
            Guide.Overview about = parts.guide().overview();
            about.whatIsACramp().forEach(text -> intro.getChildren().add(GuideRows.paragraph(text)));
            intro.getChildren().addAll(GuideRows.paragraph(about.whenTheyHappen()),
                    GuideRows.paragraph(about.whereTheyStrike()));
        } else {
            muscleLocation.setText(muscle.location()); // the medical names and the summary wait in "About"
            setShown(intro, false);
        }
        PanelView view = new PanelView(parts.rows(), parts.messages(), parts.moreAboutCramps());
        List<Panel> panels = overview ? parts.panels().overview() : parts.panels().forMuscle(muscle);
        open = new PagePanels(panels, parts.watch());
        built = panels.stream().map(panel -> view.build(panel, open.openProperty(panel.kind()))).toList();
        built.forEach(b -> panelBox.getChildren().add(b.pane()));
        if (overview) { // what to do now and when to get help come first; what a cramp is, after them
            panelBox.getChildren().add(Math.min(2, panelBox.getChildren().size()), intro);
        } else { // the flow first: call now? don't stretch if…? then the stretch
            flow = parts.episodes().newFlow();
            flow.start(muscle);
            FirstAidFlowView.Look look = new FirstAidFlowView.Look(parts.pictures().of(muscle), PICTURE_WIDTH,
                    PICTURE_HEIGHT, parts.holdPlayer().apply(muscle), false, parts.voice(), parts.language());
            flowView = FirstAidFlowView.load(flow, new FlowCards(muscle, parts.guide(), parts.messages()), look,
                    parts.messages());
            panelBox.getChildren().add(0, flowView.node());
        }
        TextLayoutCost.spare(scroll.getContent());
    }

    /** The page's node, to place in the detail area. */
    ScrollPane node() {
        return scroll;
    }

    /** The page came on screen: its flow's step is read if the person reads along; the overview hushes the voice. */
    void shown() {
        if (flowView != null) {
            flowView.announce();
        } else {
            parts.voice().hush();
        }
    }

    void scrollToTop() {
        scroll.setVvalue(0);
    }

    /** As a new visitor finds it: panels folded or open as at first, "More" closed, scrolled to the top. */
    void startOver() {
        if (flow != null) {
            flow.start(muscle); // a new muscle or the overview ends the episode
        }
        open.startOver();
        built.forEach(b -> b.lighten().run());
        scrollToTop();
    }

    /** Unfolds a panel, scrolls it to the top of the view and marks it for a moment. */
    void reveal(PanelKind kind) {
        if (!open.reveal(kind)) {
            return;
        }
        built.stream().filter(b -> kind.nodeId().equals(b.pane().getId())).findFirst().ifPresent(found -> {
            Node node = found.pane();
            scroll.applyCss();
            scroll.layout();
            double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double scrollable = scroll.getContent().getLayoutBounds().getHeight()
                    - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(scrollable <= 0 ? 0 : Math.min(1, y / scrollable));
            node.pseudoClassStateChanged(TARGET, true);
            PauseTransition fade = new PauseTransition(Duration.seconds(2));
            fade.setOnFinished(e -> node.pseudoClassStateChanged(TARGET, false));
            fade.play();
        });
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
