package dev.canopy.store;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The local store's {@link SyncLedger}: each write is one committed transaction under the store's write lock,
 * after which the tree's caches are dropped (a page may add, move or remove any tenant or computer).
 */
final class StoreSyncLedger implements SyncLedger {

    private final LocalStore store;

    StoreSyncLedger(LocalStore store) {
        this.store = store;
    }

    @Override
    public String clientId() {
        return store.read(connection -> ClientSettings.get(connection, ClientSettings.CLIENT_ID));
    }

    @Override
    public long cursor() {
        String cursor = store.read(connection -> ClientSettings.get(connection, ClientSettings.CURSOR));
        return cursor == null ? 0 : Long.parseLong(cursor);
    }

    @Override
    public boolean everSynced() {
        return "true".equals(store.read(connection -> ClientSettings.get(connection, ClientSettings.EVER_SYNCED)));
    }

    @Override
    public boolean hasLocalData() {
        return store.read(connection -> {
            try (var st = connection.createStatement(); var rows = st.executeQuery("select count(*) from tenant where deleted = false")) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        });
    }

    @Override
    public boolean tracking() {
        return store.tracking();
    }

    @Override
    public void enableTracking(boolean on) {
        store.syncWrite(connection -> {
            ClientSettings.set(connection, ClientSettings.TRACKING, Boolean.toString(on));
            return null;
        });
        store.tracking(on);
    }

    @Override
    public java.util.Optional<java.util.Map<String, Object>> localRecord(String entity, UUID id) {
        return store.read(connection -> StoredRecords.read(connection, entity, id, null)
                .filter(current -> !current.deleted()).map(StoredRecords.Current::fields));
    }

    @Override
    public List<PendingEdit> pending() {
        return store.read(OutboxRows::pending);
    }

    @Override
    public PageApplied applyPage(List<PulledChange> changes, long cursor) {
        if (cursor < 0) {
            throw new IllegalArgumentException("cursor must be 0 or more, got " + cursor);
        }
        return store.syncWrite(connection -> {
            PageApplied applied = new PageApplier(connection, store.now()).apply(changes);
            ClientSettings.set(connection, ClientSettings.CURSOR, Long.toString(cursor));
            ClientSettings.set(connection, ClientSettings.EVER_SYNCED, "true");
            return applied;
        });
    }

    @Override
    public PageApplied revokeNotReceived(List<PulledChange> revokes, java.util.Set<UUID> receivedTenants) {
        return store.syncWrite(connection -> new PageApplier(connection, store.now(), receivedTenants).apply(revokes));
    }

    @Override
    public void settle(List<PushOutcome> outcomes) {
        store.syncWrite(connection -> {
            new Settlement(connection, store.now()).settle(outcomes);
            return null;
        });
    }

    @Override
    public List<SyncConflict> conflicts() {
        return store.read(ConflictRows::open);
    }

    @Override
    public void markResolved(long conflictId, String resolution) {
        if (resolution == null || resolution.isBlank()) {
            throw new IllegalArgumentException("resolution must say what was done (\"kept mine\", \"took theirs\", …), got nothing");
        }
        store.syncWrite(connection -> {
            SyncConflict conflict = ConflictRows.openOne(connection, conflictId);
            if (conflict == null) {
                throw new IllegalArgumentException("There is no open conflict with id " + conflictId + ".");
            }
            var at = store.now();
            ConflictRows.resolve(connection, conflictId, resolution.strip(), at);
            UUID record = conflict.recordId() == null ? new UUID(0, 0) : conflict.recordId();
            String what = conflict.kind().toLowerCase(java.util.Locale.ROOT) + " of " + conflict.name()
                    + (conflict.field() == null ? "" : " (" + conflict.field() + ")");
            AuditRows.append(connection, at, store.actor(), conflict.entity(), record, tenantOf(connection, conflict), "sync.resolve",
                    Json.write(java.util.Map.of("resolution", java.util.Map.of("before", what, "after", resolution.strip()))));
            return null;
        });
    }

    private static UUID tenantOf(java.sql.Connection connection, SyncConflict conflict) throws java.sql.SQLException {
        if (conflict.recordId() == null || conflict.entity().equals("tenant") || conflict.entity().equals("preference")) {
            return conflict.recordId();
        }
        var fields = StoredRecords.read(connection, conflict.entity(), conflict.recordId(), null).map(StoredRecords.Current::fields);
        Object tenant = fields.map(f -> f.containsKey("ownerTenantId") ? f.get("ownerTenantId") : f.get("tenantId")).orElse(null);
        return tenant == null ? null : UUID.fromString(tenant.toString());
    }

    @Override
    public void dropPending(long mutationId) {
        store.syncWrite(connection -> {
            if (OutboxRows.find(connection, mutationId) == null) {
                throw new IllegalArgumentException("There is no pending edit with id " + mutationId + ".");
            }
            EditUndo.leave(connection, mutationId, null, true);
            ShadowRows.dropUnneeded(connection);
            return null;
        });
    }

    @Override
    public void forEachRecord(Consumer<PulledChange> sink) {
        store.read(connection -> {
            RecordExport.each(connection, sink);
            return null;
        });
    }

    @Override
    public void forEachHeldRecord(Consumer<PulledChange> sink) {
        store.read(connection -> {
            RecordExport.eachHeld(connection, sink);
            return null;
        });
    }

    @Override
    public void published(long cursor) {
        if (cursor < 0) {
            throw new IllegalArgumentException("cursor must be 0 or more, got " + cursor);
        }
        store.syncWrite(connection -> {
            OutboxRows.removeAll(connection);
            try (var delete = connection.createStatement()) {
                delete.executeUpdate("delete from sync_shadow");
            }
            ClientSettings.set(connection, ClientSettings.CURSOR, Long.toString(cursor));
            ClientSettings.set(connection, ClientSettings.EVER_SYNCED, "true");
            return null;
        });
    }

    @Override
    public Path replaceLocalWithEmpty() {
        boolean wasTracking = store.tracking();
        Path backup = store.exclusively(dataSource -> LocalCopyReset.replace(dataSource, store.folder(),
                java.time.LocalDateTime.ofInstant(store.now(), java.time.ZoneId.systemDefault())));
        enableTracking(wasTracking);  // the same server is still connected
        return backup;
    }
}
