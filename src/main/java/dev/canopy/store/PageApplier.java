package dev.canopy.store;

import dev.canopy.store.SyncLedger.PageApplied;
import dev.canopy.store.SyncLedger.PulledChange;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Applies the changes of one pull page inside the caller's transaction, with the rebase rule of {@link SyncLedger}.
 * Tenants go first, each after its parent when both are in the page; then the other records in page order; then
 * the revokes (a revoke removes whole subtrees, which nothing later in the page may need). Records the store does not
 * hold yet go first of all, one batch per table ({@link NewRecords}): a first download is almost only those.
 */
final class PageApplier {

    private static final Set<String> ENTITIES = Set.of("tenant", "person", "computer", "schedule", "deployment", "preference");

    private final Connection connection;
    private final Instant now;
    private int upserted;
    private int deleted;
    private int revoked;
    private int rebased;
    /** Whether any edit is pending at all: when none is (a first download), no record needs its pending fields looked up. */
    private boolean anyPending;

    /** Tenants known to be in scope besides those the page upserts (see {@link Revocation}). */
    private final Set<UUID> inScope;

    PageApplier(Connection connection, Instant now) {
        this(connection, now, Set.of());
    }

    PageApplier(Connection connection, Instant now, Set<UUID> inScope) {
        this.connection = connection;
        this.now = now;
        this.inScope = inScope;
    }

    PageApplied apply(List<PulledChange> changes) throws SQLException {
        anyPending = OutboxTouches.any(connection);
        for (int i = 0; i < changes.size(); i++) {
            check(i, changes.get(i));
        }
        List<PulledChange> ordered = ordered(changes);
        Set<PulledChange> inserted = NewRecords.insert(connection, ordered, anyPending
                ? change -> !OutboxTouches.pendingFields(connection, change.entity(), change.id(), keyOf(change), -1).isEmpty() : null);
        upserted += inserted.size();
        java.util.Set<UUID> staying = new java.util.HashSet<>(inScope);
        ordered.stream().filter(c -> c.entity().equals("tenant") && c.op().equals("UPSERT")).forEach(c -> staying.add(c.id()));
        for (PulledChange change : ordered) {
            if (inserted.contains(change)) {
                continue;  // a new record, written with its table's batch
            }
            String key = keyOf(change);
            switch (change.op()) {
                case "UPSERT" -> {
                    upsert(change, key);
                    if (anyPending && change.entity().equals("tenant")) {
                        PendingMoveCycles.undoCycles(connection, List.of(change.id()));  // before anything walks the tree
                    }
                }
                case "DELETE" -> delete(change, key);
                default -> {
                    if (new Revocation(connection, now, staying).revoke(change.entity(), change.id(), key)) {
                        revoked++;
                    }
                }
            }
        }
        return new PageApplied(upserted, deleted, revoked, rebased);
    }

    private void upsert(PulledChange change, String key) throws SQLException {
        Set<String> keep = anyPending ? OutboxTouches.pendingFields(connection, change.entity(), change.id(), key, -1) : Set.of();
        PulledRecords.write(connection, change.entity(), change.id(), key, change.record(), keep);
        shadowIfPending(change, key, change.record(), keep);
        upserted++;
    }

    private void delete(PulledChange change, String key) throws SQLException {
        Set<String> keep = new HashSet<>(anyPending ? OutboxTouches.pendingFields(connection, change.entity(), change.id(), key, -1) : Set.of());
        boolean pending = !keep.isEmpty();
        keep.remove("deleted");  // the server's delete stands; a pending edit may bring the record back when pushed
        boolean tombstoneGiven = change.record() != null && !change.entity().equals("preference") && change.record().containsKey("meta");
        if (tombstoneGiven) {
            PulledRecords.write(connection, change.entity(), change.id(), key, change.record(), keep);
        } else if (!(pending && change.entity().equals("preference"))) {
            PulledRecords.tombstone(connection, change.entity(), change.id(), key);
        }
        if (pending) {
            ShadowRows.put(connection, change.entity(), change.id(), key, tombstoneGiven ? change.record() : null,
                    PulledRecords.version(change.record()));
            rebased++;
        }
        deleted++;
    }

    private void shadowIfPending(PulledChange change, String key, Map<String, Object> state, Set<String> keep) throws SQLException {
        if (!keep.isEmpty()) {
            ShadowRows.put(connection, change.entity(), change.id(), key, state, PulledRecords.version(state));
            rebased++;
        }
    }

    private static void check(int index, PulledChange change) {
        String where = "change " + (index + 1) + " of the page";
        if (change == null) {
            throw new IllegalArgumentException(where + " is null");
        }
        if (!Set.of("UPSERT", "DELETE", "REVOKE").contains(String.valueOf(change.op()))) {
            throw new IllegalArgumentException(where + ": op must be UPSERT, DELETE or REVOKE, got \"" + change.op() + "\"");
        }
        if (!ENTITIES.contains(String.valueOf(change.entity()))) {
            throw new IllegalArgumentException(where + ": there is no kind of record called \"" + change.entity() + "\"");
        }
        if (change.id() == null) {
            throw new IllegalArgumentException(where + " (" + change.entity() + "): id is missing");
        }
        if (change.op().equals("UPSERT") && change.record() == null) {
            throw new IllegalArgumentException(where + " (" + change.entity() + " " + change.id() + "): an UPSERT needs its record");
        }
        if (change.entity().equals("preference") && (change.record() == null || !(change.record().get("key") instanceof String))) {
            throw new IllegalArgumentException(where + " (preference of " + change.id() + "): the record must name the setting's key");
        }
        if (change.op().equals("UPSERT") && !change.entity().equals("preference")
                && !change.id().toString().equals(String.valueOf(change.record().get("id")))) {
            throw new IllegalArgumentException(where + " (" + change.entity() + " " + change.id() + "): the record's id is "
                    + change.record().get("id"));
        }
    }

    private static String keyOf(PulledChange change) {
        return change.entity().equals("preference") ? (String) change.record().get("key") : "";
    }

    /** Tenants parent first (stable otherwise), then the other upserts and deletes, then the revokes. */
    static List<PulledChange> ordered(List<PulledChange> changes) {
        Map<UUID, PulledChange> tenants = new LinkedHashMap<>();
        List<PulledChange> others = new ArrayList<>();
        List<PulledChange> revokes = new ArrayList<>();
        for (PulledChange change : changes) {
            if (change.op().equals("REVOKE")) {
                revokes.add(change);
            } else if (change.entity().equals("tenant")) {
                tenants.put(change.id(), change);
            } else {
                others.add(change);
            }
        }
        List<PulledChange> ordered = new ArrayList<>(changes.size());
        Set<UUID> placed = new HashSet<>();
        for (PulledChange tenant : tenants.values()) {
            place(tenant, tenants, placed, ordered, new HashSet<>());
        }
        ordered.addAll(others);
        ordered.addAll(revokes);
        return ordered;
    }

    private static void place(PulledChange tenant, Map<UUID, PulledChange> tenants, Set<UUID> placed, List<PulledChange> ordered,
                              Set<UUID> visiting) {
        if (placed.contains(tenant.id()) || !visiting.add(tenant.id())) {
            return;  // placed already, or a cycle in a malformed page: its order then stays as given
        }
        Object parent = tenant.record() == null ? null : tenant.record().get("parentId");
        PulledChange parentChange = parent == null ? null : tenants.get(parseOrNull(parent.toString()));
        if (parentChange != null) {
            place(parentChange, tenants, placed, ordered, visiting);
        }
        placed.add(tenant.id());
        ordered.add(tenant);
    }

    private static UUID parseOrNull(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
