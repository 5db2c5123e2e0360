package org.crampguide.kiosk;

import org.crampguide.theme.Draws;

import org.crampguide.kiosk.staff.StaffActions;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.crampguide.kiosk.KioskViewModel.Overlay;

/** The staff menu behind the PIN: exit, reload, going back to the previous content, diagnostics, usage and its export; the Usage screen above it. */
@Draws
public final class StaffMenuView {
    private static final System.Logger LOG = System.getLogger(StaffMenuView.class.getName());
    private final KioskViewModel model;
    private final ShownGuide guide;
    private final StaffActions staff;

    @FXML private StackPane staffLayer;
    @FXML private StackPane usageLayer;
    @FXML private Button exitButton;
    @FXML private Button reloadButton;
    @FXML private Button rollBackButton;
    @FXML private Button diagnosticsButton;
    @FXML private Button usageButton;
    @FXML private Button exportUsageButton;
    @FXML private Button backButton;
    @FXML private Label diagnosticsText;

    public StaffMenuView(KioskViewModel model, ShownGuide guide, StaffActions staff) {
        this.model = model;
        this.guide = guide;
        this.staff = staff;
    }

    @FXML
    private void initialize() {
        Overlays.follow(staffLayer, model.showing(Overlay.STAFF_MENU));
        Overlays.follow(usageLayer, model.showing(Overlay.USAGE), shown -> {
            if (!shown) {
                usageLayer.getChildren().clear();
            }
        });
        diagnosticsText.textProperty().bind(model.staffAnswerProperty());
        backButton.setOnAction(e -> model.hide(Overlay.STAFF_MENU));
        exitButton.setOnAction(e -> staff.exit());
        reloadButton.setOnAction(e -> {
            LOG.log(System.Logger.Level.INFO, "staff: reload the content");
            guide.reloadContent();
            model.hide(Overlay.STAFF_MENU);
        });
        rollBackButton.setVisible(staff.canRollBack());
        rollBackButton.setManaged(staff.canRollBack());
        rollBackButton.setOnAction(e -> {
            LOG.log(System.Logger.Level.INFO, "staff: go back to the previous content");
            model.tellStaff(model.words().getString("kiosk.staff.rollingBack"));
            staff.rollBack().thenAccept(answer -> Platform.runLater(() -> model.tellStaff(answer)));
        });
        diagnosticsButton.setOnAction(e -> {
            LOG.log(System.Logger.Level.INFO, "staff: diagnostics");
            model.tellStaff(staff.diagnostics());
        });
        usageButton.setOnAction(e -> {
            LOG.log(System.Logger.Level.INFO, "staff: usage");
            showUsage();
        });
        exportUsageButton.setOnAction(e -> {
            LOG.log(System.Logger.Level.INFO, "staff: export usage");
            model.tellStaff(model.words().getString("usage.exporting"));
            staff.exportUsage().thenAccept(answer -> Platform.runLater(() -> model.tellStaff(answer)));
        });
    }

    /** The Usage screen above the staff menu (or a line saying usage is not recorded). */
    private void showUsage() {
        Node screen = staff.usageScreen(() -> model.hide(Overlay.USAGE));
        if (screen == null) {
            model.tellStaff(model.words().getString("usage.off"));
            return;
        }
        usageLayer.getChildren().setAll(screen);
        model.show(Overlay.USAGE);
    }
}
