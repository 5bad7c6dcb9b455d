package dev.canopy.ui.sync;

import dev.canopy.store.SyncConflict;
import dev.canopy.sync.client.ServerConnection;
import dev.canopy.sync.client.SyncLogEntry;
import dev.canopy.sync.client.SyncStatus;
import dev.canopy.ui.ClosesWindows;
import dev.canopy.ui.SceneSnapshot;
import dev.canopy.ui.common.ImmediateTaskExecutor;
import dev.canopy.ui.common.ThemeManager;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.canopy.ui.sync.SyncStatusViewModelTest.BERLIN;
import static dev.canopy.ui.sync.SyncStatusViewModelTest.SERVER;
import static dev.canopy.ui.sync.SyncStatusViewModelTest.TWO_PAST_TWO_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

/** The sync panel alone on the in-memory agent: what it lists, and dropping a pending edit only after the technician confirms. */
@ExtendWith(ApplicationExtension.class)
@ExtendWith(ClosesWindows.class)
class SyncPanelTest {

    private final FakeSyncAgent agent = new FakeSyncAgent();
    private final List<String> notices = new ArrayList<>();
    private Scene scene;
    private SyncPanel panel;

    @Start
    void start(Stage primary) {
        ThemeManager.applyTheme();
        agent.connection = new ServerConnection(URI.create(SERVER), "t0ken");
        agent.status = new SyncStatus(SyncStatus.State.SYNCED, TWO_PAST_TWO_BERLIN, 3, 1, -1, "", SERVER);
        agent.pending.add(FakeSyncAgent.edit(7, "rename of Acme to Acme Corp", Instant.parse("2026-03-03T13:10:00Z")));
        agent.pending.add(FakeSyncAgent.edit(8, "move of Globex under Acme Corp", Instant.parse("2026-03-03T13:12:00Z")));
        agent.pending.add(FakeSyncAgent.edit(9, "new schedule \"Patch Tuesday\" for Initech", Instant.parse("2026-03-02T08:00:00Z")));
        agent.conflicts.add(FakeSyncAgent.conflict(1, SyncConflict.CONFLICT, "Acme Berlin", "name", "Acme", "Acme Berlin GmbH",
                "Acme Berlin AG", "bob@northwind.example", Instant.parse("2026-03-03T12:40:00Z"), null));
        agent.log.add(new SyncLogEntry(TWO_PAST_TWO_BERLIN, true, "sent 4, received 120"));
        agent.log.add(new SyncLogEntry(Instant.parse("2026-03-03T09:00:00Z"), false, "the server could not be reached"));
        FixedSync sync = new FixedSync(agent);
        ImmediateTaskExecutor tasks = new ImmediateTaskExecutor();
        SyncPanelViewModel model = new SyncPanelViewModel(sync, tasks, new SyncRunner(sync, tasks, notices::add, () -> { }), () -> { }, BERLIN);
        model.reload();
        panel = new SyncPanel(model, () -> { }, () -> { });
        Stage stage = new Stage();
        scene = new Scene(panel);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void listsStatusServerAndPendingEditsAndDropsOneOnlyWhenConfirmed(FxRobot robot) throws Exception {
        SceneSnapshot.saveIfAsked(scene, "sync-panel");
        assertThat(robot.lookup("#syncPanelStatus").queryAs(Label.class).getText()).isEqualTo("Synced at 14:02 · 3 pending · 1 conflict");
        assertThat(robot.lookup("#syncServer").queryAs(Label.class).getText()).isEqualTo(SERVER);
        assertThat(robot.lookup("Pending edits (3)").tryQuery()).isPresent();
        assertThat(robot.lookup("Conflicts (1)").tryQuery()).isPresent();
        assertThat(robot.lookup("#disconnectButton").query().isVisible()).isTrue();
        assertThat(robot.lookup("#connectButton").query().isVisible()).isFalse();

        robot.clickOn("#drop-7");
        DialogPane ask = robot.lookup("#dropPendingDialog").queryAs(DialogPane.class);
        assertThat(ask.getContentText()).isEqualTo("Drop \"rename of Acme to Acme Corp\"? It is not sent to the server and is undone locally.");
        robot.clickOn(ask.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        assertThat(agent.dropped).isEmpty();

        robot.clickOn("#drop-7");
        DialogPane again = robot.lookup("#dropPendingDialog").queryAs(DialogPane.class);
        robot.clickOn(again.lookupButton(again.getButtonTypes().get(0)));
        assertThat(agent.dropped).containsExactly(7L);
        assertThat(robot.lookup("Pending edits (2)").tryQuery()).isPresent();

        robot.interact(panel::showConflicts);
        SceneSnapshot.saveIfAsked(scene, "sync-panel-conflicts");
    }
}
