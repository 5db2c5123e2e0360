package org.crampguide.guide;

import org.crampguide.theme.Draws;

import java.util.ResourceBundle;
import javafx.beans.property.StringProperty;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;
import org.crampguide.bodymap.BodyMapView;
import org.crampguide.bodymap.Facing;
import org.crampguide.content.Language;
import org.crampguide.content.Muscle;
import org.crampguide.theme.Appearance;
import org.crampguide.theme.Resources;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The main screen: header, body map, the list of muscles, the detail area and the disclaimer.
 * Arranges them side by side on a wide window and stacked on a tall one; shows one view of the
 * body with a front/back switch when both do not fit.
 */
@Draws
public final class MainView {
    private final MainViewModel model;
    private final BodyMapView bodyMap;
    private final Parent detail;
    /** In portrait, the share of the window's height the body map gets. */
    private static final double MAP_SHARE_OF_TALL_SCREEN = 0.42;
    /** Room around each figure, in pixels. */
    private static final double MAP_MARGIN = 28;
    private static final double MAP_MOST_OF_THE_WIDTH = 0.40;

    private final String disclaimerText;
    private final LanguageChoice languages;
    private final StringProperty notice;
    private ScreenLayout current;

    /** The UI's words, injected by the FXML loader. */
    @FXML private ResourceBundle resources;
    @FXML private BorderPane root;
    @FXML private StackPane center;
    @FXML private StackPane mapArea;
    @FXML private VBox musclePicker;
    @FXML private VBox muscleButtons;
    @FXML private SegmentedButton viewSwitch;
    @FXML private ToggleButton frontToggle;
    @FXML private ToggleButton backToggle;
    @FXML private Button overviewButton;
    @FXML private Button sourcesButton;
    @FXML private HBox searchHost;
    @FXML private HBox noticeBar;
    @FXML private Label noticeText;
    @FXML private Button noticeClose;
    @FXML private Label disclaimer;
    @FXML private SegmentedButton languageSwitch;
    @FXML private Button textSmaller;
    @FXML private Button textLarger;
    @FXML private ToggleButton highContrast;
    private final Appearance appearance;

    /** The main screen's stylesheet, for the scene that shows it. */
    public static String stylesheet() {
        return Resources.stylesheet(MainView.class, "MainView.css");
    }

    public MainView(MainViewModel model, BodyMapView bodyMap, Parent detail, String disclaimerText,
            LanguageChoice languages, StringProperty notice, Appearance appearance) {
        this.appearance = appearance;
        this.model = model;
        this.notice = notice;
        this.languages = languages;
        this.disclaimerText = disclaimerText;
        this.bodyMap = bodyMap;
        this.detail = detail;
    }

    @FXML
    private void initialize() {
        disclaimer.setText(disclaimerText);
        buildLanguageSwitch();
        mapArea.getChildren().add(bodyMap);
        bodyMap.setOnPick(model::select); // the map asks; the model's selection is the one there is
        model.selectedMuscleProperty().addListener((obs, old, muscle) -> bodyMap.highlight(idOf(muscle)));
        bodyMap.highlight(idOf(model.selectedMuscleProperty().get()));
        bodyMap.shownViewProperty().bindBidirectional(model.shownViewProperty());
        bindViewSwitch();

        ToggleGroup group = new ToggleGroup();
        for (Muscle muscle : model.muscles()) {
            muscleButtons.getChildren().add(muscleButton(muscle, group));
        }

        overviewButton.disableProperty().bind(model.overviewShowing());
        overviewButton.setOnAction(e -> model.search().show(null, null));
        sourcesButton.setOnAction(e -> model.search().show(null, PanelKind.SOURCES));
        textSmaller.setOnAction(e -> appearance.smaller());
        textLarger.setOnAction(e -> appearance.larger());
        textSmaller.disableProperty().bind(appearance.textStepProperty().isEqualTo(Appearance.SMALLEST));
        textLarger.disableProperty().bind(appearance.textStepProperty().isEqualTo(Appearance.LARGEST));
        highContrast.selectedProperty().bindBidirectional(appearance.highContrastProperty());
        searchHost.getChildren().add(searchField());
        noticeText.textProperty().bind(notice);
        noticeBar.visibleProperty().bind(notice.isNotEmpty());
        noticeBar.managedProperty().bind(noticeBar.visibleProperty());
        noticeClose.setOnAction(e -> notice.set(""));
        HBox.setHgrow(detail, Priority.ALWAYS);
        VBox.setVgrow(detail, Priority.ALWAYS);
        if (detail instanceof javafx.scene.layout.Region area) {
            area.setPrefWidth(320); // the detail takes whatever the map and the list leave
            area.setPrefHeight(320);
        }
        root.widthProperty().addListener(obs -> arrange());
        root.heightProperty().addListener(obs -> arrange());
        arrange();
    }

    private boolean isSelected(Muscle muscle) {
        Muscle selected = model.selectedMuscleProperty().get();
        return selected != null && selected.id().equals(muscle.id());
    }

    private static String idOf(Muscle muscle) {
        return muscle == null ? null : muscle.id();
    }

    private void bindViewSwitch() {
        viewSwitch.getToggleGroup().selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true); // one view is always shown
            }
        });
        standFor(frontToggle, Facing.FRONT);
        standFor(backToggle, Facing.BACK);
    }

    /** The toggle is selected while the model shows {@code view}, and selecting it shows that view. */
    private void standFor(ToggleButton toggle, Facing view) {
        toggle.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                model.shownViewProperty().set(view);
            }
        });
        model.shownViewProperty().addListener((obs, old, shown) -> toggle.setSelected(shown == view));
        toggle.setSelected(model.shownViewProperty().get() == view);
    }

    /** A clearable field (ControlsFX); Enter opens the first result, Down moves into the results. */
    private TextField searchField() {
        CustomTextField field = (CustomTextField) TextFields.createClearableTextField();
        field.setId("search-field");
        field.setPromptText(resources.getString("search.prompt"));
        field.setLeft(new FontIcon(Material2MZ.SEARCH));
        field.getStyleClass().add("search-field");
        field.setAccessibleText(resources.getString("search.prompt"));
        field.textProperty().bindBidirectional(model.search().queryProperty());
        field.setOnKeyPressed(e -> {
            var results = model.search().resultsProperty();
            if (e.getCode() == KeyCode.ENTER && !results.isEmpty()) {
                model.search().open(results.get(0));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.search().clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                Node first = root.lookup(".search-result");
                if (first != null) {
                    first.requestFocus();
                    e.consume();
                }
            }
        });
        return field;
    }

    private void buildLanguageSwitch() {
        for (Language language : Language.values()) {
            ToggleButton button = new ToggleButton(language.nativeName());
            button.setId("language-" + language.code());
            button.setSelected(language == languages.current());
            button.selectedProperty().addListener((obs, was, selected) -> {
                if (selected && language != languages.current()) {
                    languages.pick().accept(language);
                }
            });
            languageSwitch.getButtons().add(button);
        }
        languageSwitch.getToggleGroup().selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                old.setSelected(true); // one language is always chosen
            }
        });
    }

    private ToggleButton muscleButton(Muscle muscle, ToggleGroup group) {
        ToggleButton button = new ToggleButton(muscle.name());
        button.setId("muscle-button-" + muscle.id());
        button.getStyleClass().add("muscle-button");
        button.setToggleGroup(group);
        button.setSelected(isSelected(muscle));
        model.selectedMuscleProperty().addListener((obs, old, selected) -> button.setSelected(isSelected(muscle)));
        button.setMaxWidth(Double.MAX_VALUE);
        button.setWrapText(true);
        button.setAccessibleHelp(muscle.location());
        button.setOnAction(e -> {
            if (button.isSelected()) {
                model.select(muscle.id());
            } else {
                model.showOverview();
            }
        });
        button.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                button.fire();
                e.consume();
            }
        });
        return button;
    }

    /** Puts the areas in place for the window's current shape; does nothing while it is unchanged. */
    private void arrange() {
        ScreenLayout mode = ScreenLayout.forWindow(root.getWidth(), root.getHeight(), model.figureAspect());
        if (mode == current) {
            return;
        }
        current = mode;
        root.getStyleClass().removeAll(ScreenLayout.styleClasses());
        root.getStyleClass().add(mode.styleClass());
        bodyMap.showBothProperty().set(mode.bothViews());
        viewSwitch.setVisible(!mode.bothViews());
        viewSwitch.setManaged(!mode.bothViews());
        Node arranged;
        mapArea.prefWidthProperty().unbind();
        mapArea.prefHeightProperty().unbind();
        if (mode.stacked()) {
            HBox top = new HBox(mapArea, musclePicker);
            top.getStyleClass().add("map-row");
            HBox.setHgrow(mapArea, Priority.ALWAYS);
            mapArea.setPrefWidth(-1);
            mapArea.prefHeightProperty().bind(root.heightProperty().multiply(MAP_SHARE_OF_TALL_SCREEN));
            VBox.setVgrow(top, Priority.NEVER);
            arranged = new VBox(top, detail);
        } else {
            HBox.setHgrow(mapArea, Priority.NEVER);
            mapArea.setPrefHeight(-1);
            double figures = mode.bothViews() ? 2 : 1;
            // the figures as tall as the area allows, but never so wide that the detail beside them
            // cannot show the stretch, its timer and the warning signs together on a wide screen
            mapArea.prefWidthProperty().bind(Bindings.min(
                    center.heightProperty().multiply(figures * model.figureAspect()).add(MAP_MARGIN * figures),
                    root.widthProperty().multiply(MAP_MOST_OF_THE_WIDTH)));
            arranged = new HBox(musclePicker, mapArea, detail);
        }
        arranged.getStyleClass().add("main-areas");
        center.getChildren().setAll(arranged);
    }

}
