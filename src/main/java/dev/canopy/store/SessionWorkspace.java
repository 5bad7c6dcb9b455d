package dev.canopy.store;

import dev.canopy.domain.command.Workspace;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.store.entity.AuditEntryEntity;
import dev.canopy.store.entity.TenantEntity;
import org.hibernate.Session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A command's view of the store inside one Hibernate transaction; every save writes its audit entry. */
final class SessionWorkspace implements Workspace {

    private final Session session;
    private final String actor;
    private final Instant now;
    private final String action;
    private boolean movedComputers;

    /** Whether this transaction changed which tenant owns which computers (the tree's counts then change). */
    boolean movedComputers() {
        return movedComputers;
    }

    SessionWorkspace(Session session, String actor, Instant now, String action) {
        this.session = session;
        this.actor = actor;
        this.now = now;
        this.action = action;
    }

    @Override
    public Optional<Tenant> tenant(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(session.find(TenantEntity.class, id)).map(TenantEntity::toTenant);
    }

    @Override
    public List<Tenant> children(UUID parentId) {
        String where = parentId == null ? "t.parentId is null" : "t.parentId = :parent";
        var query = session.createSelectionQuery("from TenantEntity t where " + where + " and t.sync.deleted = false", TenantEntity.class);
        if (parentId != null) {
            query.setParameter("parent", parentId);
        }
        return query.getResultList().stream().map(TenantEntity::toTenant).toList();
    }

    @Override
    public Ownership ownership(UUID tenantId) {
        return new Ownership(
                count("select count(t) from TenantEntity t where t.parentId = :id and t.sync.deleted = false", tenantId),
                count("select count(c) from ComputerEntity c where c.tenantId = :id and c.sync.deleted = false", tenantId),
                count("select count(p) from PersonEntity p where p.tenantId = :id and p.sync.deleted = false", tenantId));
    }

    private long count(String hql, UUID id) {
        return session.createSelectionQuery(hql, Long.class).setParameter("id", id).getSingleResult();
    }

    @Override
    public String uniqueSlug(String base, UUID forTenant) {
        String slug = base;
        for (int n = 2; slugTaken(slug, forTenant); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private boolean slugTaken(String slug, UUID except) {
        return session.createSelectionQuery("select count(t) from TenantEntity t where t.slug = :slug and t.id <> :id", Long.class)
                .setParameter("slug", slug).setParameter("id", except).getSingleResult() > 0;
    }

    @Override
    public void saveTenant(Tenant before, Tenant after) {
        TenantEntity entity = before == null ? new TenantEntity(after.id()) : session.find(TenantEntity.class, after.id());
        entity.set(after);
        if (before == null) {
            session.persist(entity);
        }
        session.persist(new AuditEntryEntity(now, actor, "tenant", after.id(), after.id(), action, Json.write(TenantDiff.of(before, after))));
    }

    @Override
    public java.util.Map<UUID, UUID> computerTenants(List<UUID> computerIds) {
        return session.doReturningWork(connection -> BulkComputerWrites.tenantsOf(connection, computerIds));
    }

    @Override
    public List<UUID> computerIdsOf(UUID tenantId) {
        session.flush();
        return session.doReturningWork(connection -> {
            List<UUID> ids = new java.util.ArrayList<>();
            try (var select = connection.prepareStatement("select id from computer where deleted = false and tenant_id = ?")) {
                select.setObject(1, tenantId);
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public void moveComputers(UUID tenantId, List<UUID> computerIds, java.util.Map<UUID, UUID> before) {
        movedComputers = true;
        // pending ORM changes first, so the JDBC batch sees them and they see it
        session.flush();
        session.doWork(connection -> BulkComputerWrites.move(connection, tenantId, computerIds, before, now, actor, action));
    }

    @Override
    public <R> Optional<R> find(dev.canopy.domain.command.RecordKind<R> kind, UUID id) {
        session.flush();
        return session.doReturningWork(connection -> RecordTables.of(kind).find(connection, id));
    }

    @Override
    public <R> List<R> ofTenant(dev.canopy.domain.command.RecordKind<R> kind, UUID tenantId) {
        session.flush();
        return session.doReturningWork(connection -> RecordTables.of(kind).ofTenants(connection, List.of(tenantId)));
    }

    @Override
    public <R> void save(dev.canopy.domain.command.RecordKind<R> kind, R before, R after) {
        session.flush();
        session.doWork(connection -> RecordTables.of(kind).upsert(connection, after));
        session.persist(new AuditEntryEntity(now, actor, kind.name(), kind.id(after), kind.tenantId(after), action, RecordDiff.of(before, after)));
    }

    @Override
    public Optional<dev.canopy.domain.preference.TenantPreference> preference(UUID tenantId, String key) {
        session.flush();
        return session.doReturningWork(connection -> PreferenceTable.find(connection, tenantId, key));
    }

    @Override
    public void savePreference(UUID tenantId, String key, dev.canopy.domain.preference.TenantPreference before,
                               dev.canopy.domain.preference.TenantPreference after) {
        session.flush();
        session.doWork(connection -> PreferenceTable.save(connection, tenantId, key, after));
        // the audit names the tenant as the record and the setting as the field
        String change = "{\"" + key + "\":{\"before\":" + Json.write(before == null ? null : before.mode() + " " + before.value())
                + ",\"after\":" + Json.write(after == null ? null : after.mode() + " " + after.value()) + "}}";
        session.persist(new AuditEntryEntity(now, actor, "preference", tenantId, tenantId, action, change));
    }

    @Override
    public String actor() {
        return actor;
    }

    @Override
    public Instant now() {
        return now;
    }
}
