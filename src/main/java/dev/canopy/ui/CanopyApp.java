package dev.canopy.ui;

import dev.canopy.store.DataFolderLocator;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.common.FxTaskRunner;
import dev.canopy.ui.common.ThemeManager;
import dev.canopy.ui.main.MainViewModel;
import dev.canopy.ui.main.MainWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * The desktop app. The window appears at once; the store opens in the background. The data
 * folder comes from system property canopy.home (set by the launcher's --data-dir), else the
 * environment and OS convention.
 */
public final class CanopyApp extends Application {

    private FxTaskRunner runner;
    private MainViewModel model;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        ThemeManager.applyTheme();
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) ->
                ErrorDialogs.show(stage, "Something went wrong", error));
        Path folder = DataFolderLocator.forThisMachine().locate(null);
        runner = new FxTaskRunner();
        model = new MainViewModel(folder, runner, LocalStore::open);
        window = new MainWindow(model, stage);
        Scene scene = new Scene(window, 1240, 780);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.setTitle("Canopy — " + folder);
        stage.setMinWidth(800);
        stage.setMinHeight(520);
        if (Boolean.getBoolean("canopy.exitWhenReady")) {
            exitWhenReady();
        }
        stage.show();
        model.open();
    }

    /** For the bench: report the time from JVM start to an interactive window with the tree filled, then exit. */
    private void exitWhenReady() {
        model.stateProperty().addListener((obs, old, state) -> {
            if (state != MainViewModel.State.OPENING) {
                // one more pulse so the filled tree has been laid out and drawn
                Platform.runLater(() -> Platform.runLater(() -> {
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("ready-ms=" + ms + " state=" + state + " tenants=" + model.hierarchyProperty().get().size());
                    Platform.exit();
                }));
            }
        });
    }

    public MainViewModel model() {
        return model;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        if (model != null) {
            // queued behind any running command, so a write in progress finishes before the database closes
            model.close(() -> { });
        }
        if (runner != null) {
            runner.close();
        }
    }
}
