package dev.canopy.ui.sync;

import dev.canopy.sync.client.ServerConnection;
import dev.canopy.sync.client.SyncAgent;
import dev.canopy.sync.client.SyncStatus;
import dev.canopy.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The sync panel's state: the server, the last sync, the pending edits (each can be dropped), the conflicts, the
 * log of recent syncs. Reads go through the load lane and are redone when the status says the counts changed.
 */
public final class SyncPanelViewModel {

    private final SyncAccess sync;
    private final TaskExecutor tasks;
    private final SyncRunner runner;
    private final Runnable onLocalChange;
    private final SyncStatusViewModel status;
    private final SyncStatusText words;
    private final ConflictsViewModel conflicts;
    private final ObservableList<PendingRow> pending = FXCollections.observableArrayList();
    private final ObservableList<LogRow> log = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper server = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(false);
    private final ChangeListener<SyncStatus> onStatus = (obs, old, now) -> {
        if (countsChanged(old, now)) {
            reload();
        }
    };

    private final ChangeListener<String> onResult = (obs, old, text) -> message.set(text);

    public SyncPanelViewModel(SyncAccess sync, TaskExecutor tasks, SyncRunner runner, Runnable onLocalChange, Clock clock) {
        this.sync = sync;
        this.tasks = tasks;
        this.runner = runner;
        this.onLocalChange = onLocalChange;
        this.words = new SyncStatusText(clock);
        this.status = new SyncStatusViewModel(sync, clock);
        this.conflicts = new ConflictsViewModel(sync, tasks, onLocalChange, clock);
        status.statusProperty().addListener(onStatus);
        runner.resultProperty().addListener(onResult);
    }

    /** A sync's progress ticks change nothing the panel lists; a new count, state or last sync does. */
    private static boolean countsChanged(SyncStatus old, SyncStatus now) {
        if (old == null || now == null) {
            return old != now;
        }
        return old.state() != now.state() || old.pending() != now.pending() || old.conflicts() != now.conflicts()
                || !Objects.equals(old.lastSynced(), now.lastSynced()) || !Objects.equals(old.server(), now.server());
    }

    /** True when this app has sync at all; without it the panel only says so. */
    public boolean isAvailable() {
        return sync.agent() != null;
    }

    private record Snapshot(ServerConnection connection, List<PendingRow> pending, List<LogRow> log) {
    }

    public void reload() {
        SyncAgent agent = sync.agent();
        if (agent == null) {
            server.set("None: this app keeps everything in this data folder (Local only).");
            lastSync.set("Never");
            return;
        }
        tasks.load(this, () -> new Snapshot(agent.connection().orElse(null),
                agent.pending().stream().map(p -> new PendingRow(p.id(), p.summary(), p.createdAt() == null ? "" : words.when(p.createdAt()))).toList(),
                agent.recentSyncs().stream().map(e -> new LogRow(e.at() == null ? "" : words.when(e.at()), e.ok(), e.outcome())).toList()),
                this::show, error -> message.set(SyncMessages.failure(error)));
        conflicts.load();
    }

    private void show(Snapshot s) {
        connected.set(s.connection() != null);
        server.set(s.connection() == null ? "Not connected: edits stay in this data folder until you connect." : s.connection().server().toString());
        SyncStatus now = status.statusProperty().get();
        lastSync.set(now == null || now.lastSynced() == null ? "Never" : words.when(now.lastSynced()));
        pending.setAll(s.pending());
        log.setAll(s.log());
    }

    public void syncNow() {
        runner.syncNow(this::reload);
    }

    /** Drops a pending edit: it leaves the outbox and is undone locally (the view asks first). */
    public void drop(PendingRow row) {
        if (row == null) {
            return;
        }
        PendingDrop.drop(sync, tasks, row.id(), () -> {
            message.set("Dropped and undone locally: " + row.what() + ".");
            reload();
            onLocalChange.run();
        }, error -> message.set(SyncMessages.failure(error)));
    }

    /** Forgets the server; local data and pending edits stay. */
    public void disconnect() {
        SyncAgent agent = sync.agent();
        if (agent == null) {
            return;
        }
        tasks.edit(() -> {
            agent.disconnect();
            return Boolean.TRUE;
        }, ok -> {
            message.set("Disconnected. Canopy is Local only; your data stays in this folder.");
            reload();
        }, error -> message.set(SyncMessages.failure(error)));
    }

    public ObservableList<PendingRow> pending() {
        return pending;
    }

    public ObservableList<LogRow> log() {
        return log;
    }

    public ConflictsViewModel conflicts() {
        return conflicts;
    }

    public ReadOnlyObjectProperty<SyncStatusText.Line> lineProperty() {
        return status.lineProperty();
    }

    public ReadOnlyStringProperty serverProperty() {
        return server.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when a server is saved: the panel offers Disconnect instead of Connect. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty syncingProperty() {
        return runner.runningProperty();
    }

    public void dispose() {
        status.statusProperty().removeListener(onStatus);
        runner.resultProperty().removeListener(onResult);
        status.dispose();
        conflicts.dispose();
        tasks.dropLoad(this);
    }
}
