package dev.canopy.store;

import dev.canopy.domain.command.RecordKind;
import dev.canopy.domain.command.Workspace;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.tenant.Tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A command's view of the store inside one JDBC transaction (the caller owns the connection, its
 * commit and rollback); every save writes its audit entry and is listed in {@link #saved()}. Plain
 * JDBC, so the first edit after start needs nothing the tree's own load has not already warmed, and
 * the central server applies pushed commands through this same class on its own database.
 */
public final class JdbcWorkspace implements Workspace {

    private final Connection connection;
    private final String actor;
    private final Instant now;
    private final String action;
    private boolean movedComputers;
    private final Map<UUID, Tenant> savedTenants = new java.util.LinkedHashMap<>();
    private final SlugsTaken slugs = new SlugsTaken();
    private final List<SavedRecord> saved = new ArrayList<>();
    /** The records this transaction created (a record's id is unique across kinds; preferences are not counted). */
    private final java.util.Set<UUID> created = new java.util.HashSet<>();

    /**
     * One record a command saved: which, where it lives now and lived before (a tenant's parent, or an owned
     * record's tenant), and which fields changed.
     *
     * @param key the setting key for a preference (whose id is its tenant's), else null
     */
    public record SavedRecord(String entity, UUID id, String key, UUID tenantId, UUID previousTenantId,
                              java.util.Set<String> fields) {
    }

    /** Told of the records a save is about to write, before it writes them (sync keeps their server state first). */
    interface BeforeSave {
        void records(String entity, java.util.Collection<UUID> ids, String key) throws SQLException;
    }

    private BeforeSave beforeSave;

    /** Sets the hook every save calls before it writes (none by default: the server and untracked stores pay nothing). */
    void beforeSave(BeforeSave hook) {
        this.beforeSave = hook;
    }

    private void aboutToWrite(String entity, java.util.Collection<UUID> ids, String key) throws SQLException {
        if (beforeSave != null) {
            beforeSave.records(entity, ids, key);
        }
    }

    public JdbcWorkspace(Connection connection, String actor, Instant now, String action) {
        this.connection = connection;
        this.actor = actor;
        this.now = now;
        this.action = action;
    }

    /** Whether this transaction changed which tenant owns which computers (the tree's counts then change). */
    boolean movedComputers() {
        return movedComputers;
    }

    /** Every save this transaction made, in order (a record saved twice is listed twice). */
    public List<SavedRecord> saved() {
        return java.util.Collections.unmodifiableList(saved);
    }

    /** Whether this transaction created the record (it had no row, or only its tombstone, before). */
    boolean created(UUID id) {
        return created.contains(id);
    }

    /** The tenants this transaction saved, in their last saved state. */
    java.util.Collection<Tenant> savedTenants() {
        return savedTenants.values();
    }

    @Override
    public Optional<Tenant> tenant(UUID id) {
        return id == null ? Optional.empty() : sql(() -> TenantTable.find(connection, id));
    }

    @Override
    public List<Tenant> children(UUID parentId) {
        return sql(() -> TenantTable.children(connection, parentId));
    }

    @Override
    public List<Tenant> tenantsMappedTo(String source, String externalId) {
        return sql(() -> TenantTable.mappedTo(connection, source, externalId));
    }

    @Override
    public Map<dev.canopy.domain.tenant.ExternalRef, List<Tenant>> tenantsMappedToAny(java.util.Collection<dev.canopy.domain.tenant.ExternalRef> refs) {
        return sql(() -> TenantTable.mappedToAny(connection, refs));
    }

    @Override
    public Ownership ownership(UUID tenantId) {
        return sql(() -> new Ownership(
                count("select count(*) from tenant where parent_id = ? and deleted = false", tenantId),
                count("select count(*) from computer where tenant_id = ? and deleted = false", tenantId),
                count("select count(*) from person where tenant_id = ? and deleted = false", tenantId),
                count("select count(*) from schedule where tenant_id = ? and deleted = false", tenantId),
                count("select count(*) from deployment where tenant_id = ? and deleted = false", tenantId)));
    }

    private long count(String query, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(query)) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Override
    public String uniqueSlug(String base, UUID forTenant) {
        return sql(() -> slugs.free(connection, base, forTenant));
    }

    @Override
    public void saveTenant(Tenant before, Tenant after) {
        sql(() -> {
            aboutToWrite("tenant", List.of(after.id()), null);
            TenantTable.save(connection, before, after);
            slugs.saved(after.id(), before == null ? null : before.slug(), after.slug());
            savedTenants.put(after.id(), after);
            if (before == null) {
                created.add(after.id());
            }
            var diff = TenantDiff.of(before, after);
            saved.add(new SavedRecord("tenant", after.id(), null, after.id(), before == null ? null : before.parentId(),
                    java.util.Set.copyOf(diff.keySet())));
            AuditRows.append(connection, now, actor, "tenant", after.id(), after.id(), action, Json.write(diff));
            return null;
        });
    }

    @Override
    public Map<UUID, Tenant> tenantsWithIds(java.util.Collection<UUID> ids) {
        Map<UUID, Tenant> found = new java.util.HashMap<>(ids.size() * 2);
        for (List<UUID> chunk : SqlArrays.chunks(ids)) {
            sql(() -> TenantTable.findAll(connection, chunk)).forEach(t -> found.put(t.id(), t));
        }
        return found;
    }

    @Override
    public void saveTenants(List<Tenant> before, List<Tenant> after) {
        sql(() -> {
            aboutToWrite("tenant", after.stream().map(Tenant::id).toList(), null);
            var diffs = TenantSaves.save(connection, before, after, now, actor, action);
            for (int i = 0; i < after.size(); i++) {
                Tenant was = before.get(i);
                Tenant t = after.get(i);
                slugs.saved(t.id(), was == null ? null : was.slug(), t.slug());
                savedTenants.put(t.id(), t);
                if (was == null) {
                    created.add(t.id());
                }
                saved.add(new SavedRecord("tenant", t.id(), null, t.id(), was == null ? null : was.parentId(), java.util.Set.copyOf(diffs.get(i).keySet())));
            }
            return null;
        });
    }

    @Override
    public Map<UUID, UUID> computerTenants(List<UUID> computerIds) {
        return sql(() -> BulkComputerWrites.tenantsOf(connection, computerIds));
    }

    @Override
    public List<UUID> computerIdsOf(UUID tenantId) {
        return sql(() -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select id from computer where deleted = false and tenant_id = ?")) {
                select.setObject(1, tenantId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public void moveComputers(UUID tenantId, List<UUID> computerIds, Map<UUID, UUID> before) {
        movedComputers = true;
        sql(() -> {
            aboutToWrite("computer", computerIds, null);
            BulkComputerWrites.move(connection, tenantId, computerIds, before, now, actor, action);
            computerIds.forEach(id -> saved.add(new SavedRecord("computer", id, null, tenantId, before.get(id), java.util.Set.of("tenantId"))));
            return null;
        });
    }

    @Override
    public Map<String, UUID> computerIdsByDevice(java.util.Collection<String> deviceIds) {
        return sql(() -> ComputerSaves.idsByDevice(connection, deviceIds));
    }

    @Override
    public Map<UUID, dev.canopy.domain.computer.Computer> computersWithIds(java.util.Collection<UUID> ids) {
        return sql(() -> ComputerSaves.current(connection, ids));
    }

    @Override
    public void saveComputers(List<dev.canopy.domain.computer.Computer> before, List<dev.canopy.domain.computer.Computer> after) {
        movedComputers = true;  // new, removed and moved computers change the tree's counts
        sql(() -> {
            aboutToWrite("computer", after.stream().map(dev.canopy.domain.computer.Computer::id).toList(), ShadowRows.WHOLE_COMPUTER);
            List<java.util.Set<String>> fields = ComputerSaves.save(connection, before, after, now, actor, action);
            for (int i = 0; i < after.size(); i++) {
                var was = before.get(i);
                if (was == null) {
                    created.add(after.get(i).id());
                }
                saved.add(new SavedRecord("computer", after.get(i).id(), null, after.get(i).tenantId(), was == null ? null : was.tenantId(),
                        fields.get(i)));
            }
            return null;
        });
    }

    @Override
    public <R> Optional<R> find(RecordKind<R> kind, UUID id) {
        return sql(() -> RecordTables.of(kind).find(connection, id));
    }

    @Override
    public <R> List<R> ofTenant(RecordKind<R> kind, UUID tenantId) {
        return sql(() -> RecordTables.of(kind).ofTenants(connection, List.of(tenantId)));
    }

    @Override
    public <R> void save(RecordKind<R> kind, R before, R after) {
        sql(() -> {
            aboutToWrite(kind.name(), List.of(kind.id(after)), null);
            RecordTables.of(kind).upsert(connection, after);
            RecordDiff.Diff diff = RecordDiff.between(before, after, kind.tenantId(after));
            if (before == null) {
                created.add(kind.id(after));
            }
            saved.add(new SavedRecord(kind.name(), kind.id(after), null, kind.tenantId(after),
                    before == null ? null : kind.tenantId(before), diff.fields()));
            AuditRows.append(connection, now, actor, kind.name(), kind.id(after), kind.tenantId(after), action, diff.json());
            return null;
        });
    }

    @Override
    public Optional<TenantPreference> preference(UUID tenantId, String key) {
        return sql(() -> PreferenceTable.find(connection, tenantId, key));
    }

    @Override
    public void savePreference(UUID tenantId, String key, TenantPreference before, TenantPreference after) {
        // the audit names the tenant as the record and the setting as the field
        String change = "{\"" + key + "\":{\"before\":" + Json.write(before == null ? null : before.mode() + " " + before.value())
                + ",\"after\":" + Json.write(after == null ? null : after.mode() + " " + after.value()) + "}}";
        sql(() -> {
            aboutToWrite("preference", List.of(tenantId), key);
            PreferenceTable.save(connection, tenantId, key, after);
            saved.add(new SavedRecord("preference", tenantId, key, tenantId, tenantId, java.util.Set.of(key)));
            AuditRows.append(connection, now, actor, "preference", tenantId, tenantId, action, change);
            return null;
        });
    }

    @Override
    public String actor() {
        return actor;
    }

    @Override
    public Instant now() {
        return now;
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("Cannot write the database: " + LocalStore.rootMessage(e), e);
        }
    }
}
