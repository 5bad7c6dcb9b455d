package dev.canopy.ui.main;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreBackups;
import dev.canopy.ui.ClosesWindows;
import dev.canopy.ui.common.LaneTaskExecutor;
import dev.canopy.ui.common.ThemeManager;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File → Back up… in the main window: the backup shows in the status bar with its progress and Cancel, and a click on
 * Cancel ends it with no backup file. (Long work is held until the test runs it; the rest runs at once.)
 */
@ExtendWith(ApplicationExtension.class)
@ExtendWith(ClosesWindows.class)
class BackupStatusBarTest {

    @TempDir
    Path folder;

    private final List<Runnable> longWork = new ArrayList<>();
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        ThemeManager.applyTheme();
        try (LocalStore store = LocalStore.open(folder)) {
            store.execute(new CreateTenant(UUID.randomUUID(), null, "Northwind"));
        }
        model = new MainViewModel(folder, new LaneTaskExecutor(Runnable::run, Runnable::run, longWork::add, Runnable::run) {
        }, OpenedStore::open);
        window = WindowOnStage.show(model);
    }

    @AfterEach
    void close() {
        WindowOnStage.close(window, model);
    }

    /** Runs the held long work (the tabs' first reads, then the backup) until none is left. */
    private void runLongWork(FxRobot robot) {
        robot.interact(() -> {
            while (!longWork.isEmpty()) {
                List<Runnable> now = new ArrayList<>(longWork);
                longWork.clear();
                now.forEach(Runnable::run);
            }
        });
    }

    private static MenuItem backUpMenu(FxRobot robot) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).getItems().stream()
                .filter(item -> "backUpMenu".equals(item.getId())).findFirst().orElseThrow();
    }

    @Test
    void theBackupShowsInTheStatusBarAndItsCancelLeavesNoFile(FxRobot robot) throws Exception {
        runLongWork(robot);
        robot.interact(() -> backUpMenu(robot).fire());

        assertThat(robot.lookup("#taskStatus").query().isVisible()).isTrue();
        assertThat(robot.lookup("#taskTitle").queryAs(Label.class).getText()).isEqualTo("Backing up the data folder");
        dev.canopy.ui.SceneSnapshot.saveIfAsked(robot.lookup("#taskStatus").query().getScene(), "backupInStatusBar");
        robot.clickOn("#cancelTaskButton");
        runLongWork(robot);

        assertThat(robot.lookup("#statusNotice").queryAs(Label.class).getText()).isEqualTo("Backup cancelled; no backup file was kept.");
        assertThat(robot.lookup("#taskStatus").query().isVisible()).isFalse();
        try (var left = Files.list(StoreBackups.folderOf(folder))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFinishedBackupSaysWhereItWent(FxRobot robot) {
        runLongWork(robot);
        robot.interact(() -> backUpMenu(robot).fire());
        runLongWork(robot);

        assertThat(StoreBackups.list(folder)).hasSize(1);
        assertThat(robot.lookup("#statusNotice").queryAs(Label.class).getText())
                .isEqualTo("Backed up 1 tenant and 0 computers to " + StoreBackups.list(folder).get(0).file() + ".");
        assertThat(robot.lookup("#taskStatus").query().isVisible()).isFalse();
    }
}
