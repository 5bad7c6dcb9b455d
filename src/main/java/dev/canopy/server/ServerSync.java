package dev.canopy.server;

import dev.canopy.domain.person.Role;
import dev.canopy.store.RecordStates;
import dev.canopy.sync.Change;
import dev.canopy.sync.Mutation;
import dev.canopy.sync.MutationResult;
import dev.canopy.sync.PullResponse;
import dev.canopy.sync.PushRequest;
import dev.canopy.sync.PushResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sync protocol on the server's database (DESIGN.md §3). A push runs in one transaction that first takes
 * the change sequence, so pushes from every server process apply one at a time and in order; each mutation is
 * judged by {@link PushJudge}; a dry run does all of it and rolls back. A pull reads the change log after the
 * client's cursor and the records' current state from one snapshot, and tells the caller only about records it
 * reaches — or that just left its reach (REVOKE).
 */
public final class ServerSync implements SyncService {

    private final DataSource dataSource;
    private final Clock clock;

    public ServerSync(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public dev.canopy.sync.Identity identity(Caller caller) {
        try (Connection connection = dataSource.getConnection()) {
            return ServerIdentity.of(connection, caller);
        } catch (SQLException e) {
            throw new IllegalStateException("who-am-I failed in the database", e);
        }
    }

    @Override
    public PushResponse push(Caller caller, PushRequest request) {
        if (caller.role() == Role.TENANT_USER) {
            throw SyncException.forbidden("Your role (tenant user) reads only; it cannot change records.");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                PushResponse response = push(connection, caller, request);
                if (request.dryRun()) {
                    connection.rollback();
                } else {
                    connection.commit();
                }
                return response;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("push failed in the database", e);
        }
    }

    private PushResponse push(Connection connection, Caller caller, PushRequest request) throws SQLException {
        long seq = ChangeLog.lock(connection);
        long last = ProcessedMutations.claim(connection, request.clientId(), caller.accountId());
        PushJudge judge = new PushJudge(connection, caller, request.clientId(), ServerScope.of(connection, caller), clock, seq);
        List<MutationResult> results = new ArrayList<>();
        for (Mutation mutation : request.mutations()) {
            Optional<MutationResult> earlier = ProcessedMutations.result(connection, request.clientId(), mutation.id());
            if (earlier.isPresent()) {
                results.add(earlier.get());  // a retry: the same answer, nothing applied again
                continue;
            }
            MutationResult result = judge.judge(mutation);
            ProcessedMutations.record(connection, request.clientId(), result);
            results.add(result);
            last = Math.max(last, mutation.id());
        }
        ChangeLog.store(connection, judge.seq());
        ProcessedMutations.advance(connection, request.clientId(), last);
        return new PushResponse(last, results, judge.seq());
    }

    @Override
    public dev.canopy.sync.PublishResponse publish(Caller caller, dev.canopy.sync.PublishRequest request) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                var response = new ServerPublish(clock).publish(connection, caller, request);
                connection.commit();
                return response;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                if (e instanceof SyncException refused && refused.kind() == SyncException.Kind.BAD_REQUEST) {
                    ServerPublish.dropChunks(connection, request.publishId());  // a refused publish starts again from chunk 0
                    connection.commit();
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("publish failed in the database", e);
        }
    }

    @Override
    public PullResponse pull(Caller caller, long since, int limit) {
        return pull(caller, null, since, limit);
    }

    @Override
    public PullResponse pull(Caller caller, String clientId, long since, int limit) {
        return page(caller, clientId, since, limit).response();
    }

    @Override
    public void writePull(Caller caller, String clientId, long since, int limit, OutputStream out) throws IOException {
        page(caller, clientId, since, limit).write(out);  // written after the transaction: the states are read already
    }

    private PullPage page(Caller caller, String clientId, long since, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);  // one snapshot for the page
            try {
                PullPage page = page(connection, caller, clientId, since, limit);
                connection.commit();  // the client's scope, noted for its next pull
                return page;
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("pull failed in the database", e);
        }
    }

    private PullPage page(Connection connection, Caller caller, String clientId, long since, int limit) throws SQLException {
        long lastMutationId = 0;
        if (clientId != null) {
            lastMutationId = ProcessedMutations.claim(connection, clientId, caller.accountId());
            if (ProcessedMutations.scopeChanged(connection, clientId, caller) && since > 0) {
                connection.commit();  // remember the new scope, so the download that follows is not refused again
                throw SyncException.reset("Your access changed (you are now " + caller.role() + " of another part of the"
                        + " tree): what you hold no longer matches what you may see. Push your pending edits, then download again.");
            }
        }
        long head = ChangeLog.current(connection);
        if (since > head) {
            throw SyncException.reset("Your cursor " + since + " is ahead of this server (" + head
                    + "): it belongs to another server or a restored one. Download again.");
        }
        long purged = ChangeLogCompaction.purgedThrough(connection);
        if (since > 0 && since < purged) {
            throw SyncException.reset("Your copy was last synced at " + since + "; this server no longer keeps the deletions"
                    + " made before " + purged + ". Push your pending edits, then download again.");
        }
        ServerScope scope = ServerScope.of(connection, caller);
        List<ChangeLog.Entry> entries = ChangeLog.after(connection, since, limit + 1);
        boolean hasMore = entries.size() > limit;
        List<ChangeLog.Entry> page = hasMore ? entries.subList(0, limit) : entries;
        Map<String, ChangeLog.Entry> latest = new LinkedHashMap<>();
        for (ChangeLog.Entry entry : page) {
            String key = entry.entity() + "/" + entry.recordId() + "/" + entry.key();
            ChangeLog.Entry earlier = latest.remove(key);
            // one change per record: its latest in this page, at its place in the order, but with where it lived before
            // the page's first change of it, so a record moved out of scope and on again still arrives as a REVOKE
            latest.put(key, earlier == null ? entry : new ChangeLog.Entry(entry.seq(), entry.entity(), entry.recordId(), entry.key(),
                    entry.tenantId(), livedBefore(scope, earlier, entry)));
        }
        PageStates states = PageStates.read(connection, latest.values(), entry -> reachesNow(scope, entry));
        List<PullPage.Entry> changes = new ArrayList<>();
        for (ChangeLog.Entry entry : latest.values()) {
            change(scope, entry, states, since == 0).ifPresent(changes::add);
        }
        long cursor = page.isEmpty() ? since : page.get(page.size() - 1).seq();
        return new PullPage(changes, cursor, hasMore, lastMutationId);
    }

    /**
     * Where a record folded from two changes of one page lived before the first: the earlier change's previous place,
     * or, when the earlier change created it (no previous place), where it lived in between if the caller reaches
     * that: its creator may hold it (their own push), so a record created and moved out of reach in one page still
     * arrives as a REVOKE. A record created outside the caller's reach and moved in stays a plain creation.
     */
    private static java.util.UUID livedBefore(ServerScope scope, ChangeLog.Entry earlier, ChangeLog.Entry later) {
        if (earlier.previousTenantId() == null && later.previousTenantId() != null && scope.reaches(later.previousTenantId())) {
            return later.previousTenantId();
        }
        return earlier.previousTenantId();
    }

    private static boolean reachesNow(ServerScope scope, ChangeLog.Entry entry) {
        return scope.reaches(entry.entity().equals("tenant") ? entry.recordId() : entry.tenantId());
    }

    private static Optional<PullPage.Entry> change(ServerScope scope, ChangeLog.Entry entry, PageStates states, boolean fromStart) {
        boolean reachesNow = reachesNow(scope, entry);
        if (!fromStart && reachesNow && entry.entity().equals("tenant") && entry.previousTenantId() != null && !scope.reaches(entry.previousTenantId())
                && !scope.isTop(entry.recordId())) {
            // a tenant moved into the caller's reach: its older sub-tenants and records are behind the cursor (the
            // caller's own tenant was always in reach, though its parent never is)
            throw SyncException.reset("A tenant moved into your scope; download again to receive everything under it."
                    + " Push your pending edits first.");
        }
        if (!reachesNow) {
            boolean reachedBefore = entry.previousTenantId() != null && scope.reaches(entry.previousTenantId());
            return reachedBefore
                    ? Optional.of(new PullPage.Entry(entry.seq(), entry.entity(), entry.recordId(), Change.REVOKE, null, keyOnly(entry)))
                    : Optional.empty();
        }
        RecordStates.State current = states.of(entry);
        String op = current == null || current.deleted() ? Change.DELETE : Change.UPSERT;
        return Optional.of(new PullPage.Entry(entry.seq(), entry.entity(), entry.recordId(), op, current, keyOnly(entry)));
    }

    /** What names a record with no state to send: a preference's tenant and key (others need only the change's id). */
    private static Map<String, Object> keyOnly(ChangeLog.Entry entry) {
        if (entry.key() == null) {
            return null;
        }
        Map<String, Object> record = new HashMap<>();
        record.put("tenantId", entry.recordId().toString());
        record.put("key", entry.key());
        return record;
    }
}
