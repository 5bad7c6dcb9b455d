package dev.canopy.ui.main;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;
import dev.canopy.store.TreeSnapshot;
import dev.canopy.ui.ClosesWindows;
import dev.canopy.ui.TreeCells;
import dev.canopy.ui.common.FxTaskExecutor;
import dev.canopy.ui.common.ThemeManager;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window on a folder with a tree snapshot, its database held back from opening (the opener waits on a latch): the
 * tree shows the snapshot's names and can be searched, every edit is off and the editors wait, until the database is
 * open and the window is READY.
 */
@ExtendWith(ApplicationExtension.class)
@ExtendWith(ClosesWindows.class)
class SnapshotStartWindowTest {

    @TempDir
    Path folder;

    private final CountDownLatch databaseMayOpen = new CountDownLatch(1);
    private final UUID msp = UUID.randomUUID();
    private FxTaskExecutor runner;
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        ThemeManager.applyTheme();
        try (LocalStore store = LocalStore.open(folder)) {
            store.execute(new CreateTenant(msp, null, "Northwind"));
            store.execute(new CreateTenant(UUID.randomUUID(), msp, "Acme"));
            store.execute(new CreateTenant(UUID.randomUUID(), msp, "Globex"));
        }
        runner = new FxTaskExecutor();
        model = new MainViewModel(folder, runner, f -> {
            try {
                databaseMayOpen.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return OpenedStore.open(f);
        });
        model.previewFrom(() -> TreeSnapshot.read(folder));
        window = WindowOnStage.show(model);
    }

    @AfterEach
    void close() throws Exception {
        databaseMayOpen.countDown();
        CountDownLatch closed = new CountDownLatch(1);
        new FxRobot().interact(() -> {
            window.dispose();
            model.close(closed::countDown);
        });
        closed.await(30, TimeUnit.SECONDS);
        runner.close();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TreeView<TenantNode> tree(FxRobot robot) {
        return robot.lookup("#tenantTree").queryAs(TreeView.class);
    }

    @Test
    void theSnapshotsNamesShowAndCanBeSearchedWhileEditsWaitForTheDatabase(FxRobot robot) throws Exception {
        waitFor(() -> model.stateProperty().get() == MainViewModel.State.PREVIEW);

        assertThat(TreeCells.visibleNames(robot)).contains("Acme", "Globex");
        assertThat(robot.lookup("#statusNotice").queryAs(Label.class).getText()).startsWith("Opening the database…");
        assertThat(robot.lookup("#previewNote").query().isVisible()).isTrue();
        assertThat(robot.lookup("#editorTabs").tryQuery()).isEmpty();  // the editors join the window when the store is open
        assertThat(tree(robot).isEditable()).isFalse();
        assertThat(robot.lookup("#newTenantButton").queryAs(Button.class).isDisabled()).isTrue();
        dev.canopy.ui.SceneSnapshot.saveIfAsked(robot.lookup("#tenantTree").query().getScene(), "start-from-snapshot");

        robot.clickOn("#tenantSearch").write("glob");
        waitFor(() -> tree(robot).getExpandedItemCount() == 2);  // Northwind and its match
        assertThat(TreeCells.visibleNames(robot)).doesNotContain("Acme");
        robot.push(KeyCode.ESCAPE);

        robot.clickOn(TreeCells.cell(robot, "Acme")).push(KeyCode.DELETE);  // an edit: refused with the reason, nothing changed
        assertThat(robot.lookup("#statusNotice").queryAs(Label.class).getText()).isEqualTo("Opening the database… The tree is as Canopy last saved it; editing starts when it is open.");
        assertThat(robot.lookup("#deleteDialog").tryQuery()).isEmpty();

        databaseMayOpen.countDown();
        waitFor(() -> model.stateProperty().get() == MainViewModel.State.READY);

        assertThat(tree(robot).isEditable()).isTrue();
        assertThat(robot.lookup("#editorTabs").query().isVisible()).isTrue();
        assertThat(robot.lookup("#previewNote").query().isVisible()).isFalse();
        assertThat(robot.lookup("#newTenantButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(model.selectedTenant()).isEqualTo(model.hierarchy().depthFirst().get(1).id());  // Acme, still chosen
        assertThat(robot.lookup("#statusNotice").queryAs(Label.class).getText()).doesNotStartWith("Opening the database");
    }
}
