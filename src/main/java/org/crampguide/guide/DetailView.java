package org.crampguide.guide;

import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.crampguide.content.Guide;
import org.crampguide.content.Item;
import org.crampguide.content.Muscle;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The detail area: the overview while nothing is selected, otherwise the selected muscle's name,
 * where it is, and its panels. Rebuilt from data already in memory, so a selection is instant.
 */
public final class DetailView {
    private final Guide guide;
    private final GuidePanels panels;
    private final ResourceBundle messages;
    private final ObservableValue<Muscle> selectedMuscle;

    @FXML private ScrollPane scroll;
    @FXML private VBox warningBox;
    @FXML private Label warningTitle;
    @FXML private Label warningText;
    @FXML private Label eyebrow;
    @FXML private Label title;
    @FXML private Label anatomy;
    @FXML private Label muscleLocation;
    @FXML private VBox intro;
    @FXML private VBox panelBox;

    public DetailView(Guide guide, ResourceBundle messages, ObservableValue<Muscle> selectedMuscle) {
        this.guide = guide;
        this.messages = messages;
        this.panels = new GuidePanels(guide, messages);
        this.selectedMuscle = selectedMuscle;
    }

    @FXML
    private void initialize() {
        selectedMuscle.addListener((obs, old, muscle) -> show(muscle));
        show(selectedMuscle.getValue());
    }

    private void show(Muscle muscle) {
        boolean overview = muscle == null;
        setShown(warningBox, !overview && muscle.hasWarning());
        if (!overview && muscle.hasWarning()) {
            warningTitle.setText(muscle.warning().title());
            warningText.setText(muscle.warning().text());
        }
        eyebrow.setText(messages.getString(overview ? "detail.overview" : "detail.selected"));
        title.setText(overview ? guide.overview().title() : muscle.name());
        setShown(anatomy, !overview);
        setShown(muscleLocation, !overview);
        intro.getChildren().clear();
        if (overview) {
            guide.overview().whatIsACramp().forEach(text -> intro.getChildren().add(paragraph(text)));
            intro.getChildren().addAll(paragraph(guide.overview().whenTheyHappen()),
                    paragraph(guide.overview().whereTheyStrike()));
        } else {
            anatomy.setText(String.join(" · ", muscle.anatomicalNames()));
            muscleLocation.setText(muscle.location());
            intro.getChildren().add(paragraph(muscle.summary()));
        }
        List<Panel> shown = overview ? panels.overview() : panels.forMuscle(muscle);
        panelBox.getChildren().setAll(shown.stream().map(this::panel).toList());
        scroll.setVvalue(0);
    }

    private TitledPane panel(Panel panel) {
        VBox body = new VBox();
        body.getStyleClass().add("panel-body");
        for (Panel.Section section : panel.sections()) {
            body.getChildren().add(section(section));
        }
        if (panel.note() != null) {
            Label note = paragraph(panel.note());
            note.getStyleClass().add("panel-note");
            body.getChildren().add(note);
        }
        TitledPane pane = new TitledPane(messages.getString(panel.kind().titleKey()), body);
        pane.setId(panel.kind().nodeId());
        pane.getStyleClass().addAll("guide-panel", panel.kind().nodeId());
        pane.setGraphic(new FontIcon(icon(panel.kind())));
        pane.setAnimated(false);
        return pane;
    }

    private VBox section(Panel.Section section) {
        VBox box = new VBox();
        box.getStyleClass().addAll("panel-section", "section-" + section.style().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (section.heading() != null) {
            Label heading = new Label(section.heading());
            heading.getStyleClass().add("section-heading");
            heading.setWrapText(true);
            heading.setAccessibleRole(AccessibleRole.TEXT);
            box.getChildren().add(heading);
        }
        if (section.intro() != null) {
            box.getChildren().add(paragraph(section.intro()));
        }
        List<Item> items = section.items();
        for (int i = 0; i < items.size(); i++) {
            box.getChildren().add(item(items.get(i), section.style() == Panel.Style.STEPS ? String.valueOf(i + 1) : null));
        }
        return box;
    }

    private HBox item(Item item, String number) {
        Label marker = new Label(number == null ? "" : number);
        marker.getStyleClass().add(number == null ? "item-bullet" : "step-number");
        marker.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox words = new VBox();
        words.getStyleClass().add("item-words");
        if (item.hasTitle()) {
            Label lead = new Label(item.title());
            lead.getStyleClass().add("item-title");
            lead.setWrapText(true);
            words.getChildren().add(lead);
        }
        words.getChildren().add(paragraph(item.text()));
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMinWidth(0);
        HBox row = new HBox(marker, words);
        row.getStyleClass().add("item");
        return row;
    }

    private static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add("paragraph");
        return label;
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
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
        };
    }
}
