import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick for start-up: the least a JavaFX app can do, one window with one label, filling
 * the screen like Cramp Guide. src/dist/bench-start.sh times both to their first frame.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setTitle("Bare window");
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1920, 1080));
            stage.show();
        });
    }
}
