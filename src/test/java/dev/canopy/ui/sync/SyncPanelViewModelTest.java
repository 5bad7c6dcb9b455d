package dev.canopy.ui.sync;

import dev.canopy.sync.client.ServerConnection;
import dev.canopy.sync.client.SyncFailure;
import dev.canopy.sync.client.SyncLogEntry;
import dev.canopy.sync.client.SyncOutcome;
import dev.canopy.sync.client.SyncStatus;
import dev.canopy.ui.common.ImmediateTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.canopy.ui.sync.SyncStatusViewModelTest.BERLIN;
import static dev.canopy.ui.sync.SyncStatusViewModelTest.SERVER;
import static dev.canopy.ui.sync.SyncStatusViewModelTest.TWO_PAST_TWO_BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

/** The sync panel: server, last sync, pending edits (drop), log, Sync now and Disconnect, and reloading when counts change. */
class SyncPanelViewModelTest {

    private final FakeSyncAgent agent = new FakeSyncAgent();
    private final FixedSync sync = new FixedSync(agent);
    private final ImmediateTaskExecutor tasks = new ImmediateTaskExecutor();
    private final List<String> notices = new ArrayList<>();
    private int windowReloads;
    private SyncPanelViewModel model;

    @BeforeEach
    void setUp() {
        agent.connection = new ServerConnection(URI.create(SERVER), "secret-token");
        agent.status = new SyncStatus(SyncStatus.State.SYNCED, TWO_PAST_TWO_BERLIN, 2, 0, -1, "", SERVER);
        agent.pending.add(FakeSyncAgent.edit(7, "rename of Acme to Acme Corp", Instant.parse("2026-03-03T13:10:00Z")));
        agent.pending.add(FakeSyncAgent.edit(8, "move of Globex under Acme Corp", Instant.parse("2026-03-02T08:00:00Z")));
        agent.log.add(new SyncLogEntry(TWO_PAST_TWO_BERLIN, true, "sent 3, received 120"));
        SyncRunner runner = new SyncRunner(sync, tasks, notices::add, () -> windowReloads++);
        model = new SyncPanelViewModel(sync, tasks, runner, () -> windowReloads++, BERLIN);
        model.reload();
    }

    @Test
    void showsTheServerTheLastSyncThePendingEditsAndTheLog() {
        assertThat(model.isAvailable()).isTrue();
        assertThat(model.connectedProperty().get()).isTrue();
        assertThat(model.serverProperty().get()).isEqualTo(SERVER).doesNotContain("secret");
        assertThat(model.lastSyncProperty().get()).isEqualTo("at 14:02");
        assertThat(model.pending()).containsExactly(new PendingRow(7, "rename of Acme to Acme Corp", "at 14:10"),
                new PendingRow(8, "move of Globex under Acme Corp", "on 2 Mar at 09:00"));
        assertThat(model.log()).containsExactly(new LogRow("at 14:02", true, "sent 3, received 120"));
        assertThat(model.lineProperty().get().text()).isEqualTo("Synced at 14:02 · 2 pending");
    }

    @Test
    void droppingAnEditRemovesItThroughTheAgentAndReloadsTheWindow() {
        model.drop(model.pending().get(0));
        assertThat(agent.dropped).containsExactly(7L);
        assertThat(model.pending()).extracting(PendingRow::id).containsExactly(8L);
        assertThat(model.messageProperty().get()).isEqualTo("Dropped and undone locally: rename of Acme to Acme Corp.");
        assertThat(windowReloads).isEqualTo(1);
    }

    @Test
    void syncNowReportsTheOutcomeInWordsAndEmptiesThePendingList() {
        agent.outcome = new SyncOutcome(2, 1, 1, 0, 120, 99, null);
        model.syncNow();
        assertThat(agent.syncs).isEqualTo(1);
        assertThat(model.messageProperty().get()).isEqualTo("Synced: Sent 3 (1 merged), received 120; 1 conflict to resolve in Conflicts.");
        assertThat(notices).containsExactly(model.messageProperty().get());
        assertThat(model.pending()).isEmpty();
        assertThat(model.syncingProperty().get()).isFalse();
        assertThat(windowReloads).isEqualTo(1);
    }

    @Test
    void aFailedSyncShowsTheAgentsSentenceNotATrace() {
        agent.failure = new SyncFailure(SyncFailure.Kind.OFFLINE, "sync.northwind.example cannot be reached; your edits are kept.",
                new java.net.ConnectException("Connection refused"));
        model.syncNow();
        assertThat(model.messageProperty().get()).isEqualTo("sync.northwind.example cannot be reached; your edits are kept.");
        assertThat(model.pending()).hasSize(2);
    }

    @Test
    void aNewCountInTheStatusReloadsTheListsButAProgressTickDoesNot() {
        agent.pending.add(FakeSyncAgent.edit(9, "rename of Initech", Instant.parse("2026-03-03T13:20:00Z")));
        agent.emit(new SyncStatus(SyncStatus.State.SYNCED, TWO_PAST_TWO_BERLIN, 2, 0, 0.5, "", SERVER));
        assertThat(model.pending()).hasSize(2);
        agent.emit(new SyncStatus(SyncStatus.State.SYNCED, TWO_PAST_TWO_BERLIN, 3, 0, -1, "", SERVER));
        assertThat(model.pending()).hasSize(3);
    }

    @Test
    void disconnectForgetsTheServerAndThePanelOffersConnectAgain() {
        model.disconnect();
        assertThat(agent.disconnected).isTrue();
        assertThat(model.connectedProperty().get()).isFalse();
        assertThat(model.serverProperty().get()).startsWith("Not connected");
    }

    @Test
    void withoutAnAgentThePanelSaysLocalOnlyAndOffersNothing() {
        SyncAccess none = new FixedSync(null);
        SyncPanelViewModel local = new SyncPanelViewModel(none, tasks, new SyncRunner(none, tasks, notices::add, () -> { }), () -> { }, BERLIN);
        local.reload();
        assertThat(local.isAvailable()).isFalse();
        assertThat(local.serverProperty().get()).contains("Local only");
        local.syncNow();
        assertThat(notices).containsExactly("Sync is not available in this app; your edits stay in this data folder.");
    }

    @Test
    void disposeLetsGoOfTheAgent() {
        model.dispose();
        assertThat(agent.statusListeners).isEmpty();
    }
}
