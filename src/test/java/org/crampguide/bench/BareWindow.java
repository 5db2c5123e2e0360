package org.crampguide.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick: a JavaFX window with one label, started the same way as the guide. With
 * {@code --memory} it stays up a moment and prints its memory; otherwise run it with
 * {@code -Dsun.perflog.fx.firstpaintexit=true} to time launch to first frame.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        int width = Integer.parseInt(args[0].split("x")[0]);
        int height = Integer.parseInt(args[0].split("x")[1]);
        boolean memory = args.length > 1 && args[1].equals("--memory");
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(new Label("Cramp Guide")), width, height));
            stage.show();
            if (memory) {
                new Thread(() -> {
                    try {
                        Thread.sleep(3000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Memory.print("bare window");
                    Platform.exit();
                    System.exit(0);
                }).start();
            }
        });
    }
}
