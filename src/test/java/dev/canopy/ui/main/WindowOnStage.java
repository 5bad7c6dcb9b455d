package dev.canopy.ui.main;

import dev.canopy.ui.common.ThemeManager;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/** For tests that mount the main window alone: on a stage of its own, styled as the app styles it, then opened. */
final class WindowOnStage {

    private WindowOnStage() {
    }

    /** Builds the window on the model, shows it, and starts opening the model's store. */
    static MainWindow show(MainViewModel model) {
        Stage stage = new Stage();
        MainWindow window = new MainWindow(model, stage);
        Scene scene = new Scene(window, 1100, 700);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
        model.open();
        return window;
    }

    /** Removes the window's listeners and closes the store, on the FX thread. */
    static void close(MainWindow window, MainViewModel model) {
        if (window != null) {
            new FxRobot().interact(() -> {
                window.dispose();
                model.close(() -> { });
            });
        }
    }
}
