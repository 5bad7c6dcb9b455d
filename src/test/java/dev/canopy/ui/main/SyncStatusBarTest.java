package dev.canopy.ui.main;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.store.LocalStore;
import dev.canopy.sync.client.ServerConnection;
import dev.canopy.sync.client.SyncStatus;
import dev.canopy.ui.ClosesWindows;
import dev.canopy.ui.common.ImmediateTaskExecutor;
import dev.canopy.ui.common.ThemeManager;
import dev.canopy.ui.sync.FakeSyncAgent;
import dev.canopy.ui.sync.SyncLink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main window with the in-memory agent plugged in as the real engine will be: the status bar follows the agent,
 * a click opens the sync panel, Ctrl+Shift+S syncs. (Everything on an immediate executor, so no waiting.)
 */
@ExtendWith(ApplicationExtension.class)
@ExtendWith(ClosesWindows.class)
class SyncStatusBarTest {

    private static final String SERVER = "https://sync.northwind.example";

    @TempDir
    Path folder;

    private final FakeSyncAgent agent = new FakeSyncAgent();
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage primary) {
        ThemeManager.applyTheme();
        try (LocalStore store = LocalStore.open(folder)) {
            store.execute(new CreateTenant(UUID.randomUUID(), null, "Northwind"));
        }
        model = new MainViewModel(folder, new ImmediateTaskExecutor(), OpenedStore::open, new SyncLink(store -> agent, Runnable::run));
        window = WindowOnStage.show(model);
    }

    @AfterEach
    void close() {
        WindowOnStage.close(window, model);
    }

    private static String syncText(FxRobot robot) {
        return robot.lookup("#syncStatus").queryAs(Label.class).getText();
    }

    @Test
    void theStatusBarFollowsTheAgentAndAClickOpensTheSyncPanel(FxRobot robot) {
        assertThat(syncText(robot)).isEqualTo("Local only");
        robot.interact(() -> agent.emit(new SyncStatus(SyncStatus.State.OFFLINE, null, 4, 0, -1, "", SERVER)));
        assertThat(syncText(robot)).isEqualTo("Offline — 4 pending");
        assertThat(robot.lookup("#syncStatus").queryAs(Label.class).getTooltip().getText())
                .startsWith("Working offline; edits are kept and sent when the server is back.");

        robot.clickOn("#syncStatus");

        assertThat(robot.lookup("#syncPanel").tryQuery()).isPresent();
    }

    @Test
    void ctrlShiftSSyncsOnceAServerIsSaved(FxRobot robot) {
        agent.connection = new ServerConnection(URI.create(SERVER), "t0ken");
        robot.interact(() -> agent.emit(new SyncStatus(SyncStatus.State.SYNCED, Instant.now(), 1, 0, -1, "", SERVER)));
        robot.clickOn("#countsLabel");  // the main window has the focus

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);

        assertThat(agent.syncs).isEqualTo(1);
        assertThat(robot.lookup("#statusNotice").queryAs(Label.class).getText()).startsWith("Synced: Sent ");
    }
}
