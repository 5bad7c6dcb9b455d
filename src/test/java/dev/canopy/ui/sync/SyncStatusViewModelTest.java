package dev.canopy.ui.sync;

import dev.canopy.sync.client.SyncStatus;
import dev.canopy.sync.client.SyncStatus.State;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar's sync line: each state in words, in the technician's zone, handed to the FX thread, let go on dispose. */
class SyncStatusViewModelTest {

    /** 14:30 in Berlin on 3 March. */
    static final Clock BERLIN = Clock.fixed(Instant.parse("2026-03-03T13:30:00Z"), ZoneId.of("Europe/Berlin"));
    static final Instant TWO_PAST_TWO_BERLIN = Instant.parse("2026-03-03T13:02:00Z");
    static final String SERVER = "https://sync.northwind.example";

    private final FakeSyncAgent agent = new FakeSyncAgent();
    private final FixedSync sync = new FixedSync(agent);

    private static SyncStatus status(State state, Instant last, int pending, int conflicts, double progress, String detail) {
        return new SyncStatus(state, last, pending, conflicts, progress, detail, SERVER);
    }

    private String shown(SyncStatus status) {
        SyncStatusViewModel model = new SyncStatusViewModel(sync, BERLIN);
        agent.emit(status);
        return model.lineProperty().get().text();
    }

    @Test
    void withoutAnAgentTheBarSaysLocalOnlyAndExplainsWhy() {
        SyncStatusViewModel model = new SyncStatusViewModel(new FixedSync(null), BERLIN);
        assertThat(model.lineProperty().get().text()).isEqualTo("Local only");
        assertThat(model.lineProperty().get().tooltip()).contains("no sync server is configured");
        assertThat(model.lineProperty().get().icon()).isEqualTo(SyncIcon.LOCAL_ONLY);
        assertThat(model.isConnected()).isFalse();
    }

    @Test
    void offlineCountsThePendingEditsAndSaysSoCalmly() {
        SyncStatusViewModel model = new SyncStatusViewModel(sync, BERLIN);
        agent.emit(status(State.OFFLINE, TWO_PAST_TWO_BERLIN, 3, 0, -1, "Connection refused"));
        assertThat(model.lineProperty().get().text()).isEqualTo("Offline — 3 pending");
        assertThat(model.lineProperty().get().tooltip())
                .startsWith("Working offline; edits are kept and sent when the server is back.")
                .contains("Server: " + SERVER).contains("Last synced at 14:02.");
        assertThat(model.lineProperty().get().tone()).as("offline is not an alarm").isEmpty();
        assertThat(shown(status(State.OFFLINE, null, 0, 0, -1, ""))).isEqualTo("Offline");
    }

    @Test
    void syncingShowsTheFractionOfALongPullWhenKnown() {
        assertThat(shown(status(State.SYNCING, null, 0, 0, 0.42, "Receiving page 42 of 100"))).isEqualTo("Syncing… 42%");
        assertThat(shown(status(State.SYNCING, null, 0, 0, -1, ""))).isEqualTo("Syncing…");
    }

    @Test
    void syncedShowsTheTimeInTheTechniciansZoneAndCombinesPendingAndConflicts() {
        assertThat(shown(status(State.SYNCED, TWO_PAST_TWO_BERLIN, 0, 0, -1, ""))).isEqualTo("Synced at 14:02");
        assertThat(shown(status(State.SYNCED, TWO_PAST_TWO_BERLIN, 3, 1, -1, ""))).isEqualTo("Synced at 14:02 · 3 pending · 1 conflict");
        assertThat(shown(status(State.SYNCED, TWO_PAST_TWO_BERLIN, 0, 2, -1, ""))).isEqualTo("Synced at 14:02 · 2 conflicts");
        assertThat(shown(status(State.SYNCED, Instant.parse("2026-03-01T09:15:00Z"), 0, 0, -1, ""))).isEqualTo("Synced on 1 Mar at 10:15");
    }

    @Test
    void conflictsChangeTheIconAndTheTooltipPointsAtThePanel() {
        SyncStatusViewModel model = new SyncStatusViewModel(sync, BERLIN);
        agent.emit(status(State.SYNCED, TWO_PAST_TWO_BERLIN, 0, 1, -1, ""));
        assertThat(model.lineProperty().get().icon()).isEqualTo(SyncIcon.CONFLICTS);
        assertThat(model.lineProperty().get().tone()).isEqualTo("warning");
        assertThat(model.lineProperty().get().tooltip()).contains("One edit needs your decision");
    }

    @Test
    void aFailedSyncSaysWhyAndThatEditsAreKept() {
        SyncStatusViewModel model = new SyncStatusViewModel(sync, BERLIN);
        agent.emit(status(State.FAILED, TWO_PAST_TWO_BERLIN, 2, 0, -1, "The server refused the token."));
        assertThat(model.lineProperty().get().text()).isEqualTo("Sync failed · 2 pending");
        assertThat(model.lineProperty().get().tooltip()).startsWith("The server refused the token. Edits are kept and sent at the next sync.");
    }

    @Test
    void aStatusReportedOnTheAgentsThreadIsShownOnlyOnceHandedToTheFxThread() {
        sync.queued = true;
        SyncStatusViewModel model = new SyncStatusViewModel(sync, BERLIN);
        sync.runFxQueue();
        agent.emit(status(State.SYNCED, TWO_PAST_TWO_BERLIN, 0, 0, -1, ""));
        assertThat(model.lineProperty().get().text()).isEqualTo("Local only");
        sync.runFxQueue();
        assertThat(model.lineProperty().get().text()).isEqualTo("Synced at 14:02");
        assertThat(model.isConnected()).isTrue();
    }

    @Test
    void disposeRemovesTheListenerAndALateStatusChangesNothing() {
        sync.queued = true;
        SyncStatusViewModel model = new SyncStatusViewModel(sync, BERLIN);
        sync.runFxQueue();
        agent.emit(status(State.SYNCING, null, 0, 0, -1, ""));  // on its way to the FX thread
        model.dispose();
        sync.runFxQueue();
        assertThat(agent.statusListeners).isEmpty();
        assertThat(model.lineProperty().get().text()).isEqualTo("Local only");
    }

    @Test
    void anAgentThatArrivesLaterIsFollowed() {
        FixedSync later = new FixedSync(null);
        SyncStatusViewModel model = new SyncStatusViewModel(later, BERLIN);
        agent.status = status(State.SYNCED, TWO_PAST_TWO_BERLIN, 1, 0, -1, "");
        later.agent.set(agent);
        assertThat(model.lineProperty().get().text()).isEqualTo("Synced at 14:02 · 1 pending");
    }
}
