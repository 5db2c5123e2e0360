package org.crampguide.bench;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick: a JavaFX window with one label, started the same way as the guide. With
 * {@code --memory} it stays up a moment and prints its memory; with {@code --session MINUTES} it
 * stays up that long, its label changing at the kiosk session's pace ({@link KioskSession}), and
 * prints the same memory readings; otherwise run it with
 * {@code -Dsun.perflog.fx.firstpaintexit=true} to time launch to first frame.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        int width = Integer.parseInt(args[0].split("x")[0]);
        int height = Integer.parseInt(args[0].split("x")[1]);
        String mode = args.length > 1 ? args[1] : "";
        double minutes = mode.equals("--session") ? Double.parseDouble(args[2]) : 0;
        Platform.startup(() -> {
            Label label = new Label("Cramp Guide"); // a control: made once the toolkit is up
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(label), width, height));
            stage.show();
            if (mode.equals("--memory")) {
                new Thread(() -> {
                    pause(3000);
                    Memory.print("bare window");
                    System.exit(0);
                }).start();
            } else if (minutes > 0) {
                new Thread(() -> session(label, minutes)).start();
            }
        });
    }

    private static void session(Label label, double minutes) {
        List<double[]> readings = new ArrayList<>();
        long start = System.currentTimeMillis();
        long nextReading = start + 30_000;
        for (int tap = 0; System.currentTimeMillis() - start < minutes * 60_000; tap++) {
            String text = "Cramp Guide " + tap;
            Platform.runLater(() -> label.setText(text));
            pause(400);
            if (System.currentTimeMillis() >= nextReading) {
                readings.add(new double[] {(System.currentTimeMillis() - start) / 60_000.0, Memory.heapAfterGc()});
                nextReading += 30_000;
            }
        }
        System.out.println(Memory.sessionLine("bare window", minutes, readings));
        System.exit(0);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
