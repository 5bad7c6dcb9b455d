package dev.canopy.sync.client;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.canopy.store.PendingEdit;
import dev.canopy.store.SyncLedger;
import dev.canopy.sync.Change;
import dev.canopy.sync.Mutation;
import dev.canopy.sync.MutationResult;
import dev.canopy.sync.PullResponse;
import dev.canopy.sync.PushRequest;
import dev.canopy.sync.PushResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * One sync, as the protocol's section 7 says: push the outbox oldest first (in batches, each retried unchanged when
 * its answer is lost: the server recognises the mutation ids), settle the results, then pull from the stored cursor
 * until nothing more waits, each page applied with its cursor in one local transaction.
 */
final class SyncRun {

    static final int PUSH_BATCH = 500;
    static final int PULL_PAGE = 2000;
    private static final int ATTEMPTS = 4;
    private static final TypeReference<Map<String, Object>> ARGS = new TypeReference<>() {
    };

    private final ServerApi api;
    private final SyncLedger ledger;
    private final SyncProgress progress;
    private final Sleeper sleeper;
    private int applied;
    private int merged;
    private int conflicts;
    private int rejected;
    private int pulled;
    private java.nio.file.Path resetBackup;

    SyncRun(ServerApi api, SyncLedger ledger, SyncProgress progress, Sleeper sleeper) {
        this.api = api;
        this.ledger = ledger;
        this.progress = progress;
        this.sleeper = sleeper;
    }

    SyncOutcome run() throws SyncFailure {
        push();
        pull();
        return new SyncOutcome(applied, merged, conflicts, rejected, pulled, ledger.cursor(), resetBackup);
    }

    private void push() throws SyncFailure {
        List<PendingEdit> pending = ledger.pending();
        for (int from = 0; from < pending.size(); from += PUSH_BATCH) {
            cancelled();
            List<PendingEdit> batch = pending.subList(from, Math.min(pending.size(), from + PUSH_BATCH));
            progress.update(-1, "Sending " + (from + batch.size()) + " of " + pending.size() + " edits…");
            PushResponse response = withRetries(() -> api.push(new PushRequest(ledger.clientId(), mutations(batch), false)));
            List<SyncLedger.PushOutcome> outcomes = new ArrayList<>();
            for (MutationResult result : response.results()) {
                outcomes.add(new SyncLedger.PushOutcome(result.id(), result.status(), result.reason(), result.current()));
                count(result.status());
            }
            ledger.settle(outcomes);
        }
    }

    private void count(String status) {
        switch (status) {
            case MutationResult.APPLIED -> applied++;
            case MutationResult.MERGED -> merged++;
            case MutationResult.CONFLICT -> conflicts++;
            default -> rejected++;
        }
    }

    private void pull() throws SyncFailure {
        long since = ledger.cursor();
        boolean more = true;
        boolean downloadedAgain = false;
        java.util.Set<String> received = null;  // while downloading again over a kept local copy: what the server still gives
        String clientId = ledger.clientId();
        // the next page is fetched (and parsed) on this thread while the current one is written: a download then
        // waits for the server only when the server is slower than the local store
        ExecutorService fetcher = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sync-pull-ahead");
            thread.setDaemon(true);
            return thread;
        });
        Future<PullResponse> next = null;
        try {
            while (more) {
                cancelled();
                PullResponse page;
                try {
                    page = next != null ? awaited(next) : fetch(clientId, since);
                } catch (SyncFailure failure) {
                    if (downloadedAgain || !isReset(failure)) {
                        throw failure;
                    }
                    // 409: the server cannot continue from this cursor (its log was compacted, or the scope changed):
                    // download again. The outbox was pushed already; the local copy is discarded (a backup is kept) only
                    // when nothing in it waits for the technician, else records are read again over it, and what the
                    // download did not bring is removed after it, as a REVOKE (section 7.4)
                    downloadedAgain = true;
                    next = null;
                    since = 0;
                    if (ledger.pending().isEmpty() && ledger.conflicts().isEmpty()) {
                        resetBackup = ledger.replaceLocalWithEmpty();
                        ledger.enableTracking(true);
                        clientId = ledger.clientId();
                    } else {
                        received = new java.util.HashSet<>();
                    }
                    continue;
                }
                long after = page.cursor();
                String caller = clientId;
                next = page.hasMore() ? fetcher.submit(() -> fetch(caller, after)) : null;
                List<SyncLedger.PulledChange> changes = new ArrayList<>(page.changes().size());
                for (Change change : page.changes()) {
                    changes.add(new SyncLedger.PulledChange(change.op(), change.entity(), change.id(), change.record()));
                    if (received != null) {
                        received.add(key(change.entity(), change.id(), change.record()));
                    }
                }
                ledger.applyPage(changes, page.cursor());
                pulled += changes.size();
                since = page.cursor();
                more = page.hasMore();
                progress.update(-1, String.format("Received %,d changes…", pulled));
            }
        } finally {
            fetcher.shutdownNow();  // a page fetched ahead of a failure or a cancel is dropped; its cursor was not stored
        }
        if (received != null) {
            revokeNotReceived(received);
        }
    }

    private PullResponse fetch(String clientId, long since) throws SyncFailure {
        return withRetries(() -> api.pull(clientId, since, PULL_PAGE));
    }

    private static PullResponse awaited(Future<PullResponse> next) throws SyncFailure {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncFailure(SyncFailure.Kind.CANCELLED, "Sync was interrupted.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SyncFailure failure) {
                throw failure;
            }
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            throw new IllegalStateException("fetching the next page failed", e.getCause());
        }
    }

    /** After a download over a kept local copy: each local record the server no longer gives this client leaves it. */
    private void revokeNotReceived(java.util.Set<String> received) {
        List<SyncLedger.PulledChange> gone = new ArrayList<>();
        ledger.forEachHeldRecord(record -> {
            if (!received.contains(key(record.entity(), record.id(), record.record()))) {
                Map<String, Object> keyOnly = record.entity().equals("preference")
                        ? Map.of("tenantId", record.id().toString(), "key", record.record().get("key")) : null;
                gone.add(new SyncLedger.PulledChange(Change.REVOKE, record.entity(), record.id(), keyOnly));
            }
        });
        if (!gone.isEmpty()) {
            java.util.Set<java.util.UUID> tenants = new java.util.HashSet<>();
            received.stream().filter(k -> k.startsWith("tenant/")).forEach(k -> tenants.add(java.util.UUID.fromString(k.substring(7))));
            ledger.revokeNotReceived(gone, tenants);
            pulled += gone.size();
        }
    }

    private static String key(String entity, java.util.UUID id, Map<String, Object> record) {
        return entity + "/" + id + ("preference".equals(entity) && record != null ? "/" + record.get("key") : "");
    }

    private static boolean isReset(SyncFailure failure) {
        return failure.getCause() instanceof ServerCallFailed call && call.status() == 409;
    }

    static List<Mutation> mutations(List<PendingEdit> edits) {
        List<Mutation> mutations = new ArrayList<>(edits.size());
        for (PendingEdit edit : edits) {
            mutations.add(new Mutation(edit.id(), edit.name(), args(edit.args()), edit.baseVersion(), edit.fields()));
        }
        return mutations;
    }

    static Map<String, Object> args(String json) {
        try {
            return HttpServerApi.JSON.readValue(json, ARGS);
        } catch (IOException e) {
            throw new IllegalStateException("an outbox entry's arguments are not JSON", e);
        }
    }

    private void cancelled() throws SyncFailure {
        if (progress.isCancelled()) {
            throw new SyncFailure(SyncFailure.Kind.CANCELLED, "Sync was cancelled; what was already received is kept.", null);
        }
    }

    /** A server call; one retried unchanged while its failure is worth retrying, then a {@link SyncFailure}. */
    interface Call<T> {
        T call() throws ServerCallFailed;
    }

    <T> T withRetries(Call<T> call) throws SyncFailure {
        ServerCallFailed last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return call.call();
            } catch (ServerCallFailed failed) {
                last = failed;
                if (!failed.retryable() || attempt == ATTEMPTS) {
                    break;
                }
                pause(failed.retryAfterSeconds() > 0 ? failed.retryAfterSeconds() * 1000 : 250L << attempt);
            }
        }
        throw SyncFailures.of(last);
    }

    private void pause(long millis) throws SyncFailure {
        try {
            sleeper.sleep(Math.min(millis, 30_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncFailure(SyncFailure.Kind.CANCELLED, "Sync was interrupted.", e);
        }
    }
}
