package org.crampguide.guide;

import org.crampguide.theme.Draws;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.crampguide.content.Evidence;
import org.crampguide.content.Item;
import org.crampguide.content.Myth;
import org.crampguide.content.Source;

/**
 * Builds the rows of the detail area: an item with its evidence badge, a myth card, a source.
 * Every text comes from the content or the message bundle.
 */
@Draws
final class GuideRows {
    private final ResourceBundle messages;
    private final Map<String, Source> sources;

    GuideRows(ResourceBundle messages, List<Source> sources) {
        this.messages = messages;
        this.sources = sources.stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    /** An item: a bullet or step number, its lead and text, and a badge saying how solid it is. */
    HBox item(Item item, String number) {
        Label marker = new Label(number == null ? "" : number);
        marker.getStyleClass().add(number == null ? "item-bullet" : "step-number");
        marker.setMinWidth(Region.USE_PREF_SIZE);
        VBox words = new VBox();
        words.getStyleClass().add("item-words");
        if (item.hasTitle()) {
            Label lead = new Label(item.title());
            lead.getStyleClass().add("item-title");
            lead.setWrapText(true);
            words.getChildren().add(lead);
        }
        words.getChildren().add(paragraph(item.text()));
        if (item.evidence() != null) {
            words.getChildren().add(badge(item.evidence(), item.sources()));
        }
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMinWidth(0);
        HBox row = new HBox(marker, words);
        row.getStyleClass().add("item");
        return row;
    }

    /**
     * An item as one paragraph, its title in bold leading its text: "Stop. Stop training…". For
     * short items that must all be read, where a line of their own for each title costs too much room.
     */
    HBox runIn(Item item) {
        Label marker = new Label("");
        marker.getStyleClass().add("item-bullet");
        marker.setMinWidth(Region.USE_PREF_SIZE);
        Text title = new Text(item.title() + "  ");
        title.getStyleClass().add("run-in-title");
        Text text = new Text(item.text());
        text.getStyleClass().add("run-in-text");
        TextFlow words = new TextFlow(title, text);
        words.getStyleClass().add("run-in");
        words.setAccessibleText(item.title() + ": " + item.text());
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMinWidth(0);
        HBox row = new HBox(marker, words);
        row.getStyleClass().add("item");
        return row;
    }

    /**
     * A small badge naming the evidence level; tapping it unfolds, right under the item, what the
     * level means and which sources back the item (tapping again folds it). Nothing is shown only
     * on hover, so it works on a touch screen, and no pop-up window outlives the screen.
     */
    VBox badge(Evidence evidence, List<String> sourceIds) {
        String key = "evidence." + code(evidence);
        Button badge = new Button(messages.getString(key));
        badge.getStyleClass().addAll("evidence-badge", "evidence-" + code(evidence));
        badge.setAccessibleHelp(messages.getString(key + ".explain"));
        VBox explanation = new VBox(paragraph(messages.getString(key + ".explain")));
        explanation.getStyleClass().addAll("evidence-explanation", "evidence-" + code(evidence));
        List<Source> cited = sourceIds.stream().map(sources::get).filter(java.util.Objects::nonNull).toList();
        if (!cited.isEmpty()) {
            Label heading = new Label(messages.getString("evidence.sources"));
            heading.getStyleClass().add("item-title");
            explanation.getChildren().add(heading);
            cited.forEach(source -> explanation.getChildren().add(paragraph(citation(source))));
        }
        explanation.setVisible(false);
        explanation.setManaged(false);
        badge.setOnAction(e -> {
            boolean open = !explanation.isVisible();
            explanation.setVisible(open);
            explanation.setManaged(open);
        });
        VBox box = new VBox(badge, explanation);
        box.getStyleClass().add("evidence");
        return box;
    }

    /** A card: the claim, the verdict as a coloured label, and what the references say. */
    VBox myth(Myth myth) {
        String verdict = myth.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Label tag = new Label(messages.getString("verdict." + verdict));
        tag.getStyleClass().addAll("verdict", "verdict-" + verdict);
        Label claim = new Label("“" + myth.claim() + "”");
        claim.getStyleClass().add("myth-claim");
        claim.setWrapText(true);
        VBox card = new VBox(tag, claim, paragraph(myth.explanation()));
        card.getStyleClass().add("myth-card");
        card.setId("myth-" + myth.id());
        return card;
    }

    /** One source: publisher, title and year, and its address. */
    VBox source(Source source) {
        VBox row = new VBox(paragraph(citation(source)));
        if (source.url() != null) {
            Label url = new Label(source.url());
            url.getStyleClass().add("source-url");
            url.setWrapText(true);
            row.getChildren().add(url);
        }
        row.getStyleClass().add("source");
        row.setId("source-" + source.id());
        return row;
    }

    static String citation(Source source) {
        return source.publisher() + " — " + source.title() + (source.year() == null ? "" : " (" + source.year() + ")");
    }

    static Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("paragraph");
        return label;
    }

    private static String code(Evidence evidence) {
        return evidence.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
