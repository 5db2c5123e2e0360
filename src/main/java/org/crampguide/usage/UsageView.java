package org.crampguide.usage;

import org.crampguide.theme.Draws;
import org.crampguide.theme.Resources;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import org.crampguide.theme.Fxml;

/**
 * The Usage screen of the staff menu: muscles opened this week against the four weeks before,
 * sessions per day, sessions by hour of the day, unanswered searches and the share of sessions
 * that showed emergency information, in large type, in the language on screen. It only shows what
 * its {@link UsageViewModel} holds.
 */
@Draws
public final class UsageView {
    private static final String STYLESHEET = Resources.stylesheet(UsageView.class, "UsageView.css");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.MM");

    private final UsageViewModel model;
    private final ResourceBundle messages;
    private final Function<String, String> muscleName;
    private final Runnable close;

    @FXML private Label status;
    @FXML private Pane figures;
    @FXML private BarChart<Number, String> musclesChart;
    @FXML private BarChart<String, Number> daysChart;
    @FXML private BarChart<String, Number> hoursChart;
    @FXML private TableView<UsageReport.Search> searchesTable;
    @FXML private TableColumn<UsageReport.Search, String> wordsColumn;
    @FXML private TableColumn<UsageReport.Search, Number> countColumn;
    @FXML private Label emergencyShare;
    @FXML private Label emergencyText;
    @FXML private Button closeButton;
    @FXML private Node emergencyBox;

    /**
     * @param muscleName the name of a muscle (by its id) in the language on screen
     * @param close takes the screen away
     */
    public UsageView(UsageViewModel model, ResourceBundle messages, Function<String, String> muscleName, Runnable close) {
        this.model = model;
        this.messages = messages;
        this.muscleName = muscleName;
        this.close = close;
    }

    /** The screen's stylesheet, for the scene that shows it (see {@link org.crampguide.theme.Theme}). */
    public static String stylesheet() {
        return STYLESHEET;
    }

    /** The screen, built from {@code UsageView.fxml}; call {@link UsageViewModel#load()} to fill it. */
    public static Parent create(UsageView view) {
        return Fxml.load(UsageView.class, "UsageView.fxml", view.messages, view);
    }

    @FXML
    private void initialize() {
        closeButton.setOnAction(e -> close.run());
        wordsColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().words()));
        countColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().count()));
        model.stateProperty().addListener((obs, old, state) -> show());
        // two cards side by side on a landscape screen, one under the other on a portrait one
        figures.widthProperty().addListener((obs, old, width) -> {
            double gap = 24;
            double card = width.doubleValue() >= 2 * 700 + gap ? (width.doubleValue() - gap) / 2 - 1 : width.doubleValue();
            figures.getChildren().forEach(child -> ((javafx.scene.layout.Region) child).setPrefWidth(card));
        });
        show();
    }

    private void show() {
        UsageViewModel.State state = model.stateProperty().get();
        figures.setVisible(state == UsageViewModel.State.READY);
        emergencyBox.setVisible(state == UsageViewModel.State.READY);
        status.setManaged(state != UsageViewModel.State.READY);
        status.setVisible(state != UsageViewModel.State.READY);
        switch (state) {
            case LOADING -> status.setText(messages.getString("usage.loading"));
            case FAILED -> status.setText(MessageFormat.format(messages.getString("usage.failed"),
                    model.problemProperty().get()));
            case READY -> fill(model.reportProperty().get());
        }
    }

    private void fill(UsageReport report) {
        Set<String> muscles = new LinkedHashSet<>(report.musclesLastWeek().keySet());
        muscles.addAll(report.musclesWeeksBefore().keySet());
        XYChart.Series<Number, String> thisWeek = new XYChart.Series<>();
        thisWeek.setName(messages.getString("usage.thisWeek"));
        XYChart.Series<Number, String> before = new XYChart.Series<>();
        before.setName(messages.getString("usage.weeksBefore"));
        List<String> order = new ArrayList<>(muscles);
        Collections.reverse(order); // a horizontal chart draws its first category at the bottom: most opened on top
        for (String muscle : order) {
            String name = muscleName.apply(muscle);
            thisWeek.getData().add(new XYChart.Data<>(report.musclesLastWeek().getOrDefault(muscle, 0L), name));
            before.getData().add(new XYChart.Data<>(report.musclesWeeksBefore().getOrDefault(muscle, 0.0), name));
        }
        musclesChart.getData().setAll(List.of(thisWeek, before));

        XYChart.Series<String, Number> days = new XYChart.Series<>();
        days.setName(messages.getString("usage.sessions"));
        for (Map.Entry<LocalDate, Long> day : report.sessionsPerDay().entrySet()) {
            days.getData().add(new XYChart.Data<>(DAY.format(day.getKey()), day.getValue()));
        }
        daysChart.getData().setAll(List.of(days));

        XYChart.Series<String, Number> hours = new XYChart.Series<>();
        hours.setName(messages.getString("usage.sessions"));
        for (int hour = 0; hour < 24; hour++) {
            hours.getData().add(new XYChart.Data<>(String.valueOf(hour), report.sessionsByHour().get(hour)));
        }
        hoursChart.getData().setAll(List.of(hours));

        searchesTable.getItems().setAll(report.unanswered());
        emergencyShare.setText(String.format(messages.getLocale(), "%.0f%%", report.emergencyShare() * 100));
        emergencyText.setText(MessageFormat.format(messages.getString("usage.emergencyShare"),
                report.emergencySessions(), report.sessions(), report.emergencyShare()));
    }
}
