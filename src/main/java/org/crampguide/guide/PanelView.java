package org.crampguide.guide;

import org.crampguide.theme.Draws;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.crampguide.content.Item;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Draws a {@link Panel} as a titled, foldable pane. Nothing is built before it is needed: a folded
 * panel's body is made the first time it unfolds, so a screen costs only what it shows. Each pane
 * can be put back as it first was.
 */
@Draws
final class PanelView {
    private final GuideRows rows;
    private final ResourceBundle messages;
    /** Opens a panel of the overview: "More about cramps" at the foot of a muscle's own panel. */
    private final java.util.function.Consumer<PanelKind> moreAboutCramps;

    PanelView(GuideRows rows, ResourceBundle messages, java.util.function.Consumer<PanelKind> moreAboutCramps) {
        this.rows = rows;
        this.messages = messages;
        this.moreAboutCramps = moreAboutCramps;
    }

    /**
     * A pane, and how to make it light again: a folded pane's body is dropped, to be built again
     * when it next unfolds.
     */
    record Built(TitledPane pane, Runnable lighten) {
    }

    /** The pane of {@code panel}, open while {@code open} is (either side may change it). */
    Built build(Panel panel, BooleanProperty open) {
        TitledPane pane = new TitledPane(messages.getString(panel.kind().titleKey()), null);
        pane.setId(panel.kind().nodeId());
        pane.getStyleClass().addAll("guide-panel", panel.kind().nodeId());
        pane.setGraphic(new FontIcon(icon(panel.kind())));
        pane.setAnimated(false);
        pane.setOnKeyPressed(e -> { // Space unfolds a panel by itself; Enter does the same
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && e.getTarget() == pane) {
                pane.setExpanded(!pane.isExpanded());
                e.consume();
            }
        });
        boolean[] built = {open.get()}; // a folded panel's body is made the first time it unfolds
        pane.setContent(open.get() ? body(panel) : new VBox());
        open.addListener((obs, was, now) -> {
            if (now && !built[0]) {
                built[0] = true;
                VBox body = body(panel);
                TextLayoutCost.spare(body);
                pane.setContent(body);
            }
        });
        pane.expandedProperty().bindBidirectional(open);
        return new Built(pane, () -> {
            if (!open.get() && built[0]) { // built again when next unfolded: a page set aside stays light
                built[0] = false;
                pane.setContent(new VBox());
            }
        });
    }

    private VBox body(Panel panel) {
        VBox body = new VBox();
        body.getStyleClass().add("panel-body");
        GridPane card = null; // the check and what to do instead, side by side
        for (Panel.Section section : panel.sections()) {
            card = add(body, section, card);
        }
        panel.myths().forEach(myth -> body.getChildren().add(rows.myth(myth)));
        panel.sources().forEach(source -> body.getChildren().add(rows.source(source)));
        if (panel.note() != null) {
            Label note = GuideRows.paragraph(panel.note());
            note.getStyleClass().add("panel-note");
            body.getChildren().add(note);
        }
        if (panel.linksToOverview()) {
            javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink(messages.getString("flow.more"));
            link.setId("more-" + panel.kind().nodeId());
            link.getStyleClass().add("more-about-cramps");
            link.setOnAction(e -> moreAboutCramps.accept(panel.kind()));
            body.getChildren().add(link);
        }
        return body;
    }

    /**
     * A section; the cramp-or-tear check and what to do instead go side by side in one card.
     * Returns the card a next check section joins (null after any other section).
     */
    private GridPane add(VBox body, Panel.Section section, GridPane card) {
        VBox box = section(section);
        if (section.style() != Panel.Style.CHECK) {
            body.getChildren().add(box);
            return null;
        }
        GridPane joined = card;
        if (joined == null) {
            joined = columns("check-card", 2);
            body.getChildren().add(joined);
        }
        GridPane.setValignment(box, VPos.TOP);
        joined.add(box, joined.getChildren().size(), 0);
        return joined;
    }

    /** {@code count} columns of equal width. */
    private static GridPane columns(String styleClass, int count) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(styleClass);
        for (int column = 0; column < count; column++) {
            ColumnConstraints share = new ColumnConstraints();
            share.setPercentWidth(100.0 / count);
            grid.getColumnConstraints().add(share);
        }
        return grid;
    }

    private VBox section(Panel.Section section) {
        VBox box = new VBox();
        box.getStyleClass().addAll("panel-section",
                "section-" + section.style().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (section.heading() != null) {
            Label heading = new Label(section.heading());
            heading.getStyleClass().add("section-heading");
            heading.setWrapText(true);
            box.getChildren().add(heading);
        }
        if (section.intro() != null) {
            box.getChildren().add(GuideRows.paragraph(section.intro()));
        }
        List<Item> items = section.items();
        // the signs of a tear as tags to take in at a glance; what to do instead is always spelled out
        if (section.style() == Panel.Style.CHECK && section.intro() != null && items.stream().allMatch(Item::hasTitle)) {
            box.getChildren().addAll(signs(items));
            return box;
        }
        if (section.style() == Panel.Style.CHECK) { // each a line or two: the title leads its text
            items.forEach(item -> box.getChildren().add(item.hasTitle() ? rows.runIn(item) : rows.item(item, null)));
            return box;
        }
        for (int i = 0; i < items.size(); i++) {
            box.getChildren().add(rows.item(items.get(i), section.style() == Panel.Style.STEPS ? String.valueOf(i + 1) : null));
        }
        return box;
    }

    /**
     * The cramp-or-tear signs as short tags that can be taken in at a glance; a tap on one shows
     * what it means underneath.
     */
    private List<Node> signs(List<Item> items) {
        FlowPane tags = new FlowPane();
        tags.getStyleClass().add("check-signs");
        Label meaning = GuideRows.paragraph("");
        meaning.getStyleClass().add("check-meaning");
        meaning.setVisible(false);
        meaning.setManaged(false);
        ToggleGroup group = new ToggleGroup();
        for (Item item : items) {
            ToggleButton tag = new ToggleButton(item.title());
            tag.getStyleClass().add("check-sign");
            tag.setToggleGroup(group);
            tag.setAccessibleText(item.title() + ": " + item.text());
            tags.getChildren().add(tag);
        }
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            int index = tags.getChildren().indexOf((Node) now);
            meaning.setText(index < 0 ? "" : items.get(index).text());
            meaning.setVisible(index >= 0);
            meaning.setManaged(index >= 0);
        });
        return List.of(tags, meaning);
    }

    private static Ikon icon(PanelKind kind) {
        return switch (kind) {
            case FIRST_AID -> Material2AL.HEALING;
            case CAUSES -> Material2AL.HELP_OUTLINE;
            case SYMPTOMS -> Material2AL.FLASH_ON;
            case PREVENTION -> Material2MZ.SECURITY;
            case NUTRITION -> Material2MZ.RESTAURANT;
            case AT_RISK -> Material2AL.GROUP;
            case SEE_A_DOCTOR -> Material2AL.LOCAL_HOSPITAL;
            case MYTHS -> Material2AL.LIGHTBULB;
            case SOURCES -> Material2MZ.MENU_BOOK;
            case FIRST_STEPS -> Material2AL.FORMAT_LIST_NUMBERED;
            case ABOUT -> Material2AL.INFO;
        };
    }
}
