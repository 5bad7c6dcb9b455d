package dev.canopy.sync.client;

import dev.canopy.store.LocalStore;
import dev.canopy.store.PendingEdit;
import dev.canopy.store.SyncConflict;
import dev.canopy.store.SyncLedger;
import dev.canopy.sync.MutationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The sync client of one data folder: one sync at a time (a second caller waits for the first), the status the
 * status bar shows, and a short log of recent syncs. It never holds the technician's edits: the store's write lock
 * is taken per pulled page and per settled push, not for a whole sync.
 */
public final class SyncEngine implements SyncAgent, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
    private static final int LOG_SIZE = 50;

    private final LocalStore store;
    private final SyncLedger ledger;
    private final ConnectionFile connections;
    private final Function<ServerConnection, ServerApi> apis;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ReentrantLock running = new ReentrantLock();
    private final List<Consumer<SyncStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> dataListeners = new CopyOnWriteArrayList<>();
    private final Deque<SyncLogEntry> log = new ArrayDeque<>();
    private volatile SyncStatus status;
    private volatile Instant lastSynced;
    private volatile Runnable soon = () -> { };
    private SyncScheduler background;

    public SyncEngine(LocalStore store, SyncLedger ledger, ConnectionFile connections, Function<ServerConnection, ServerApi> apis,
                      Clock clock, Sleeper sleeper) {
        this.store = store;
        this.ledger = ledger;
        this.connections = connections;
        this.apis = apis;
        this.clock = clock;
        this.sleeper = sleeper;
        this.status = connection().isPresent()
                ? counted(SyncStatus.State.OFFLINE, "Not synced yet since the app started.")
                : SyncStatus.localOnly(ledger.pending().size());
    }

    /** The engine for a store over real HTTP, its connection kept in the OS user's config folder. */
    public static SyncEngine overHttp(LocalStore store, Path configFolder) {
        return new SyncEngine(store, store.syncLedger(), new ConnectionFile(configFolder), HttpServerApi::to, Clock.systemUTC(), Thread::sleep);
    }

    /** Starts syncing in the background (see {@link SyncScheduler}; a null interval: only on demand) until {@link #close}. */
    public synchronized SyncEngine inBackground(java.time.Duration interval) {
        if (background == null) {
            background = new SyncScheduler(this, interval);
            background.start();
        }
        return this;
    }

    /**
     * Changes how often background sync runs, at once (the technician's setting): null stops syncing on a timer
     * altogether, so the app syncs only when asked.
     */
    public synchronized void backgroundEvery(java.time.Duration interval) {
        close();
        inBackground(interval);
    }

    /** Stops background syncing; a sync under way finishes its current call. */
    @Override
    public synchronized void close() {
        if (background != null) {
            background.close();
            background = null;
        }
    }

    /** Called by the scheduler so {@link #syncSoon} reaches it. */
    void onSyncSoon(Runnable request) {
        this.soon = request;
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
        return connections.load(store.folder());
    }

    @Override
    public ConnectionCheck check(ServerConnection candidate) throws SyncFailure {
        return FirstContactCheck.check(apis.apply(candidate), ledger, candidate, connection());
    }

    @Override
    public SyncOutcome connect(ServerConnection connection, FirstContact choice, SyncProgress progress) throws SyncFailure {
        running.lock();
        try {
            ServerApi api = apis.apply(connection);
            ConnectionCheck found = FirstContactCheck.check(api, ledger, connection, connection());
            if (!found.allowed()) {
                throw new SyncFailure(SyncFailure.Kind.REFUSED, found.explanation(), null);
            }
            boolean replacing = choice == FirstContact.REPLACE_LOCAL;
            if (!replacing && choice != found.firstContact()) {
                throw new SyncFailure(SyncFailure.Kind.REFUSED, found.explanation(), null);
            }
            Path backup = replacing ? ledger.replaceLocalWithEmpty() : null;
            SyncRun run = new SyncRun(api, ledger, progress, sleeper);
            if (choice == FirstContact.PUBLISH) {
                new PublishRun(run, api, ledger, progress).run();
            }
            connections.save(store.folder(), connection);
            ledger.enableTracking(true);
            SyncOutcome outcome = runLocked(api, progress, connection);
            return new SyncOutcome(outcome.applied(), outcome.merged(), outcome.conflicts(), outcome.rejected(), outcome.pulled(),
                    outcome.cursor(), backup);
        } finally {
            running.unlock();
        }
    }

    @Override
    public void disconnect() {
        running.lock();
        try {
            connections.forget(store.folder());
            ledger.enableTracking(false);
            publish(SyncStatus.localOnly(ledger.pending().size()));
        } finally {
            running.unlock();
        }
    }

    /** Publishes the status again with the outbox and conflict counts as they are now (after an edit). */
    void recount() {
        SyncStatus now = status;
        if (now.state() != SyncStatus.State.SYNCING) {
            publish(counted(now.state(), now.detail()));
        }
    }

    @Override
    public void syncSoon() {
        soon.run();
    }

    @Override
    public SyncOutcome syncNow(SyncProgress progress) throws SyncFailure {
        running.lock();
        try {
            ServerConnection connection = connection().orElseThrow(() -> new SyncFailure(SyncFailure.Kind.REFUSED,
                    "No server is connected; connect to your team's server first.", null));
            return runLocked(apis.apply(connection), progress, connection);
        } finally {
            running.unlock();
        }
    }

    private SyncOutcome runLocked(ServerApi api, SyncProgress progress, ServerConnection connection) throws SyncFailure {
        publish(counted(SyncStatus.State.SYNCING, "Syncing with " + connection.server() + "…"));
        SyncProgress watched = new SyncProgress() {
            @Override
            public void update(double fraction, String line) {
                progress.update(fraction, line);
                SyncStatus now = status;
                publish(new SyncStatus(SyncStatus.State.SYNCING, now.lastSynced(), now.pending(), now.conflicts(), fraction, line, now.server()));
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
        try {
            SyncOutcome outcome = new SyncRun(api, ledger, watched, sleeper).run();
            lastSynced = clock.instant();
            remember(true, describe(outcome));
            publish(counted(SyncStatus.State.SYNCED, describe(outcome)));
            if (outcome.pulled() > 0 || outcome.conflicts() > 0 || outcome.rejected() > 0) {
                dataChanged();
            }
            return outcome;
        } catch (SyncFailure failure) {
            remember(false, failure.getMessage());
            LOG.info("sync with {} failed: {}", connection.server(), failure.getMessage());
            publish(counted(failure.kind() == SyncFailure.Kind.OFFLINE || failure.kind() == SyncFailure.Kind.CANCELLED
                    ? SyncStatus.State.OFFLINE : SyncStatus.State.FAILED, failure.getMessage()));
            dataChanged();  // pages applied before the failure are kept and shown
            throw failure;
        }
    }

    @Override
    public List<PreviewItem> preview() throws SyncFailure {
        ServerConnection connection = connection().orElseThrow(() -> new SyncFailure(SyncFailure.Kind.REFUSED,
                "No server is connected; there is nothing to preview against.", null));
        return DryRun.preview(apis.apply(connection), ledger, new SyncRun(apis.apply(connection), ledger, SyncProgress.NONE, sleeper));
    }

    @Override
    public List<PendingEdit> pending() {
        return ledger.pending();
    }

    @Override
    public List<SyncConflict> conflicts() {
        return ledger.conflicts();
    }

    @Override
    public List<SyncLogEntry> recentSyncs() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    @Override
    public void dropPending(long mutationId) {
        ledger.dropPending(mutationId);
        publish(counted(status.state(), status.detail()));
        dataChanged();
    }

    @Override
    public void resolve(long conflictId, Resolution resolution, String editedValue) {
        SyncConflict conflict = ledger.conflicts().stream().filter(c -> c.id() == conflictId).findFirst()
                .orElseThrow(() -> new dev.canopy.domain.RuleViolation("This conflict was resolved already."));
        new ConflictResolver(store, ledger).resolve(conflict, resolution, editedValue);
        publish(counted(status.state(), status.detail()));
        dataChanged();
        syncSoon();
    }

    /** The status with the outbox and conflict counts as they are now. */
    private SyncStatus counted(SyncStatus.State state, String detail) {
        String server = connection().map(c -> c.server().toString()).orElse(null);
        if (server == null) {
            return SyncStatus.localOnly(ledger.pending().size());
        }
        return new SyncStatus(state, lastSynced, ledger.pending().size(), ledger.conflicts().size(), -1, detail, server);
    }

    private void publish(SyncStatus next) {
        status = next;
        for (Consumer<SyncStatus> listener : statusListeners) {
            listener.accept(next);
        }
    }

    private void dataChanged() {
        dataListeners.forEach(Runnable::run);
    }

    private void remember(boolean ok, String outcome) {
        synchronized (log) {
            log.addFirst(new SyncLogEntry(clock.instant(), ok, outcome));
            while (log.size() > LOG_SIZE) {
                log.removeLast();
            }
        }
    }

    private static String describe(SyncOutcome outcome) {
        List<String> parts = new ArrayList<>();
        int sent = outcome.applied() + outcome.merged() + outcome.conflicts() + outcome.rejected();
        parts.add("sent " + sent);
        if (outcome.conflicts() > 0) {
            parts.add(outcome.conflicts() + " in conflict");
        }
        if (outcome.rejected() > 0) {
            parts.add(outcome.rejected() + " " + MutationResult.REJECTED.toLowerCase(java.util.Locale.ROOT));
        }
        parts.add("received " + outcome.pulled());
        return String.join(", ", parts);
    }
}
