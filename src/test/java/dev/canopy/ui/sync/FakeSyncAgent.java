package dev.canopy.ui.sync;

import dev.canopy.store.PendingEdit;
import dev.canopy.store.SyncConflict;
import dev.canopy.sync.client.ConnectionCheck;
import dev.canopy.sync.client.PreviewItem;
import dev.canopy.sync.client.ServerConnection;
import dev.canopy.sync.client.SyncAgent;
import dev.canopy.sync.client.SyncFailure;
import dev.canopy.sync.client.SyncLogEntry;
import dev.canopy.sync.client.SyncOutcome;
import dev.canopy.sync.client.SyncProgress;
import dev.canopy.sync.client.SyncStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An in-memory sync agent for the sync views' tests: what the server "says" is set by the test; every call the UI
 * makes is recorded. Resolving a conflict or dropping an edit removes it, as the real agent's ledger does.
 */
public final class FakeSyncAgent implements SyncAgent, AutoCloseable {

    public record Resolved(long conflictId, Resolution resolution, String value) {
    }

    public record Connected(ServerConnection connection, FirstContact choice) {
    }

    public final List<Consumer<SyncStatus>> statusListeners = new CopyOnWriteArrayList<>();
    public final List<Runnable> dataListeners = new CopyOnWriteArrayList<>();
    public final List<PendingEdit> pending = new ArrayList<>();
    public final List<SyncConflict> conflicts = new ArrayList<>();
    public final List<SyncLogEntry> log = new ArrayList<>();
    public final List<PreviewItem> preview = new ArrayList<>();
    public final List<Resolved> resolved = new ArrayList<>();
    public final List<Long> dropped = new ArrayList<>();
    public final List<Connected> connected = new ArrayList<>();
    public final List<ServerConnection> checked = new ArrayList<>();
    public final List<Double> progressSeen = new ArrayList<>();
    public volatile SyncStatus status = SyncStatus.localOnly(0);
    public ServerConnection connection;
    public ConnectionCheck checkAnswer;
    public SyncOutcome outcome = new SyncOutcome(0, 0, 0, 0, 0, 0, null);
    /** When set, the next server call fails with it. */
    public SyncFailure failure;
    public RuntimeException resolveRefusal;
    public int syncs;
    public boolean disconnected;
    public boolean closed;

    public void emit(SyncStatus next) {
        status = next;
        statusListeners.forEach(l -> l.accept(next));
    }

    public void localDataChanged() {
        dataListeners.forEach(Runnable::run);
    }

    public static PendingEdit edit(long id, String summary, Instant at) {
        return new PendingEdit(id, "tenant.update", "{}", 3, List.of("name"), at, summary);
    }

    public static SyncConflict conflict(long id, String kind, String record, String field, String base, String mine, String theirs,
                                        String by, Instant at, String reason) {
        return new SyncConflict(id, kind, 10 + id, "tenant.update", "{}", "tenant", java.util.UUID.randomUUID(), record, field,
                base, mine, theirs, by, at, reason, at);
    }

    private void failIfAsked() throws SyncFailure {
        SyncFailure f = failure;
        if (f != null) {
            failure = null;
            throw f;
        }
    }

    @Override
    public SyncStatus status() {
        return status;
    }

    @Override
    public AutoCloseable onStatus(Consumer<SyncStatus> listener) {
        statusListeners.add(listener);
        listener.accept(status);
        return () -> statusListeners.remove(listener);
    }

    @Override
    public AutoCloseable onLocalDataChanged(Runnable listener) {
        dataListeners.add(listener);
        return () -> dataListeners.remove(listener);
    }

    @Override
    public Optional<ServerConnection> connection() {
        return Optional.ofNullable(connection);
    }

    @Override
    public ConnectionCheck check(ServerConnection candidate) throws SyncFailure {
        checked.add(candidate);
        failIfAsked();
        return checkAnswer;
    }

    @Override
    public SyncOutcome connect(ServerConnection c, FirstContact choice, SyncProgress progress) throws SyncFailure {
        progress.update(0.5, "Page 1 of 2");
        failIfAsked();
        connected.add(new Connected(c, choice));
        connection = c;
        return outcome;
    }

    @Override
    public void disconnect() {
        disconnected = true;
        connection = null;
    }

    @Override
    public SyncOutcome syncNow(SyncProgress progress) throws SyncFailure {
        syncs++;
        progress.update(1, "Done");
        failIfAsked();
        pending.clear();
        return outcome;
    }

    @Override
    public List<PreviewItem> preview() throws SyncFailure {
        failIfAsked();
        return List.copyOf(preview);
    }

    @Override
    public List<PendingEdit> pending() {
        return List.copyOf(pending);
    }

    @Override
    public List<SyncConflict> conflicts() {
        return List.copyOf(conflicts);
    }

    @Override
    public List<SyncLogEntry> recentSyncs() {
        return List.copyOf(log);
    }

    @Override
    public void dropPending(long mutationId) {
        dropped.add(mutationId);
        pending.removeIf(p -> p.id() == mutationId);
    }

    @Override
    public void resolve(long conflictId, Resolution resolution, String editedValue) {
        if (resolveRefusal != null) {
            throw resolveRefusal;
        }
        resolved.add(new Resolved(conflictId, resolution, editedValue));
        conflicts.removeIf(c -> c.id() == conflictId);
    }

    @Override
    public void close() {
        closed = true;
    }
}
