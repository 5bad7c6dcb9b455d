package dev.canopy.ui.preferences;

import dev.canopy.ui.ClosesWindows;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.common.ThemeManager;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.function.Consumer;

/**
 * For component tests: the Preferences view alone (no tree, no main window) over a
 * {@link PreferencesFixture} view model, styled as in the app. Every load and save finishes on the
 * FX thread before a click returns, so the driver only waits for FX events.
 */
@org.junit.jupiter.api.extension.ExtendWith(ClosesWindows.class)
abstract class PreferencesViewFixture extends PreferencesFixture {

    /** The room the tab's content gets in the default window (1240×780); PreferencesScenarioTest holds it to that. */
    static final double WIDTH = 816;
    static final double HEIGHT = 645;

    final FxRobot robot = new FxRobot();
    final PreferencesViewDriver driver = new PreferencesViewDriver(robot, WaitForAsyncUtils::waitForFxEvents);

    /**
     * Opens the seeded store on a tenant and shows the view on a stage of its own (the primary stage
     * stays as the whole-app tests expect it). Call from the test's {@code @Start}.
     */
    void mount(String tenant, Consumer<LocalStore> more) {
        openOn(tenant, more);
        ThemeManager.applyTheme();
        Scene scene = new Scene(new PreferencesView(model), WIDTH, HEIGHT);
        ThemeManager.style(scene);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
    }
}
