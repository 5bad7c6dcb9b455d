package dev.canopy.ui;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;
import dev.canopy.ui.main.MainViewModel;
import javafx.scene.control.TreeCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;


/**
 * Starts the real Canopy app (headless) on a temporary data folder, seeded by the test, and
 * closes it after each test so every test starts from a clean state.
 */
public abstract class AppTestSupport {

    @TempDir
    protected Path folder;

    protected final FxRobot robot = new FxRobot();
    protected CanopyApp app;
    private boolean ownConfig;

    /** Seeds the data folder (the app is not running yet), then starts the app on it. */
    protected void launch(Consumer<LocalStore> seed) throws Exception {
        try (LocalStore store = LocalStore.open(folder)) {
            seed.accept(store);
        }
        startOnFolder();
    }

    /** Starts the app on the data folder as it is, and waits until it is ready, failed, or asks for a passphrase. */
    protected void startOnFolder() throws Exception {
        System.setProperty("canopy.home", folder.toString());
        if (System.getProperty("canopy.config") == null) {
            // the app reads and writes settings and window state there: a test never touches the real user's
            System.setProperty("canopy.config", folder.resolve("config").toString());
            ownConfig = true;
        }
        FxToolkit.registerPrimaryStage();
        app = (CanopyApp) FxToolkit.setupApplication(CanopyApp::new);
        // a cold, busy JVM can take a while to boot the ORM: wait for it here, not in each test's first settle()
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                model().stateProperty().get() == MainViewModel.State.FAILED || model().stateProperty().get() == MainViewModel.State.LOCKED
                        || model().editsReadyProperty().get()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        System.clearProperty("canopy.home");
        if (ownConfig) {
            System.clearProperty("canopy.config");
            ownConfig = false;
        }
    }

    protected MainViewModel model() {
        return app.model();
    }

    /** Polls a condition on the FX thread until it holds (10 s at most). */
    protected void waitFor(Callable<Boolean> condition) throws Exception {
        waitFor(10, condition);
    }

    /** The same for long work (a sample load on a busy machine), up to the given seconds. */
    protected void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until queued store work has finished and its results reached the window. */
    protected void settle() throws Exception {
        waitFor(() -> !model().tasks().busyProperty().get());
    }

    protected TenantHierarchy hierarchy() {
        return model().hierarchyProperty().get();
    }

    protected Optional<TenantNode> tenantNamed(String name) {
        return hierarchy().depthFirst().stream().filter(n -> n.name().equals(name)).findFirst();
    }

    /** The tree cell that shows a tenant, by the name it shows (also its accessible text). */
    protected TreeCell<TenantNode> cell(String name) {
        return TreeCells.cell(robot, name);
    }

    /** The tenant names the tree shows, top to bottom. */
    protected List<String> visibleTenantNames() {
        return TreeCells.visibleNames(robot);
    }

    /** Opens a tenant's branch with the keyboard, as a technician would. */
    protected void expand(String name) throws Exception {
        robot.clickOn(cell(name));
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        settle();
    }
}
