package dev.canopy.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/** The cold-start floor: a JavaFX hello-world window, timed exactly like Canopy's --exit-when-ready. */
public final class HelloWorldApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Hello, world")), 1240, 780));
        stage.show();
        Platform.runLater(() -> Platform.runLater(() -> {
            System.out.println("ready-ms=" + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
            Platform.exit();
        }));
    }

    /** The launcher: a main class that extends Application cannot start from a plain classpath. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(HelloWorldApp.class, args);
        }
    }
}
