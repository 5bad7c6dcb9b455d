package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Tenants and their integration mappings, read and written with JDBC inside the caller's transaction. */
final class TenantTable {

    private static final String COLUMNS = "id, name, slug, kind, parent_id, description, time_zone, tags, active,"
            + " version, updated_at, updated_by, deleted";

    private TenantTable() {
    }

    /** One tenant, deleted or not. */
    static Optional<Tenant> find(Connection connection, UUID id) throws SQLException {
        List<Tenant> found = select(connection, "where id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The tenants with these ids, deleted ones included (one query for the rows, one for their mappings). */
    static List<Tenant> findAll(Connection connection, java.util.Collection<UUID> ids) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        // the ids joined as a table: H2 compares "id = any(?)" with every key for every row of the table
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                + " from unnest(?) as wanted(k) join tenant t on t.id = wanted.k")) {
            select.setArray(1, SqlArrays.uuids(connection, new java.util.LinkedHashSet<>(ids)));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r));
                }
            }
        }
        return tenants(connection, rows);
    }

    /** The live children of a tenant (the roots when parentId is null). */
    static List<Tenant> children(Connection connection, UUID parentId) throws SQLException {
        return parentId == null
                ? select(connection, "where parent_id is null and deleted = false", null)
                : select(connection, "where parent_id = ? and deleted = false", parentId);
    }

    /** The live tenants with their own mapping of the source (ignoring case) to exactly this external id. */
    static List<Tenant> mappedTo(Connection connection, String source, String externalId) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select r.tenant_id from tenant_external_ref r"
                + " join tenant t on t.id = r.tenant_id where lower(r.source) = lower(?) and r.external_id = ? and t.deleted = false")) {
            select.setString(1, source);
            select.setString(2, externalId);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getObject(1, UUID.class));
                }
            }
        }
        return ids.isEmpty() ? List.of() : findAll(connection, ids);
    }

    /** {@link #mappedTo} for many mappings: their external ids joined as a table, a chunk at a time. */
    static Map<ExternalRef, List<Tenant>> mappedToAny(Connection connection, Collection<ExternalRef> refs) throws SQLException {
        Set<ExternalRef> wanted = new HashSet<>();
        refs.forEach(ref -> wanted.add(new ExternalRef(ref.source().toLowerCase(Locale.ROOT), ref.externalId())));
        Map<ExternalRef, List<UUID>> holderIds = new HashMap<>();
        List<String> externalIds = wanted.stream().map(ExternalRef::externalId).distinct().toList();
        for (List<String> chunk : SqlArrays.chunks(externalIds)) {
            try (PreparedStatement select = connection.prepareStatement("select lower(r.source), r.external_id, r.tenant_id"
                    + " from unnest(?) as w(e) join tenant_external_ref r on r.external_id = w.e join tenant t on t.id = r.tenant_id"
                    + " where t.deleted = false")) {
                select.setArray(1, connection.createArrayOf("varchar", chunk.toArray(new String[0])));
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        ExternalRef ref = new ExternalRef(r.getString(1), r.getString(2));
                        if (wanted.contains(ref)) {
                            holderIds.computeIfAbsent(ref, k -> new ArrayList<>()).add(r.getObject(3, UUID.class));
                        }
                    }
                }
            }
        }
        Map<UUID, Tenant> holders = new HashMap<>();
        List<UUID> ids = holderIds.values().stream().flatMap(List::stream).distinct().toList();
        for (List<UUID> chunk : SqlArrays.chunks(ids)) {
            findAll(connection, chunk).forEach(t -> holders.put(t.id(), t));
        }
        Map<ExternalRef, List<Tenant>> found = new HashMap<>();
        holderIds.forEach((ref, of) -> found.put(ref, of.stream().map(holders::get).filter(java.util.Objects::nonNull).toList()));
        return found;
    }

    /** A new tenant's row; {@link #bind} fills it. */
    static final String INSERT = "insert into tenant (name, slug, kind, parent_id, description, time_zone, tags, active, version,"
            + " updated_at, updated_by, deleted, id) values (?,?,?,?,?,?,?,?,?,?,?,?,?)";

    /** Inserts (before null) or updates a tenant, replacing its mappings when they changed. */
    static void save(Connection connection, Tenant before, Tenant after) throws SQLException {
        // a creation over its own tombstone (a refused creation undone here, then kept) rewrites that row
        String sql = before == null && !tombstoned(connection, after.id()) ? INSERT
                : "update tenant set name = ?, slug = ?, kind = ?, parent_id = ?, description = ?, time_zone = ?, tags = ?,"
                + " active = ?, version = ?, updated_at = ?, updated_by = ?, deleted = ? where id = ?";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            bind(write, after);
            write.executeUpdate();
        }
        if (before == null || !before.externalRefs().equals(after.externalRefs())) {
            ExternalRefRows.TENANT.replace(connection, after.id(), after.externalRefs());
        }
    }

    private static boolean tombstoned(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select 1 from tenant where id = ? and deleted = true")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Sets the parameters of {@link #INSERT} (the update in {@link #save} takes them in the same order). */
    static void bind(PreparedStatement write, Tenant after) throws SQLException {
        write.setString(1, after.name());
        write.setString(2, after.slug());
        write.setString(3, after.kind().name());
        write.setObject(4, after.parentId());
        write.setString(5, after.description());
        write.setString(6, after.timeZone());
        write.setString(7, String.join(",", after.tags()));
        write.setBoolean(8, after.active());
        write.setLong(9, after.meta().version());
        write.setObject(10, after.meta().updatedAt().atOffset(ZoneOffset.UTC));
        write.setString(11, after.meta().updatedBy());
        write.setBoolean(12, after.meta().deleted());
        write.setObject(13, after.id());
    }

    private static List<Tenant> select(Connection connection, String where, UUID param) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from tenant " + where)) {
            if (param != null) {
                select.setObject(1, param);
            }
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r));
                }
            }
        }
        return tenants(connection, rows);
    }

    private static Object[] row(ResultSet r) throws SQLException {
        return new Object[]{r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                r.getObject(5, UUID.class), r.getString(6), r.getString(7), r.getString(8), r.getBoolean(9),
                new RecordMeta(r.getLong(10), r.getObject(11, OffsetDateTime.class).toInstant(), r.getString(12), r.getBoolean(13))};
    }

    private static List<Tenant> tenants(Connection connection, List<Object[]> rows) throws SQLException {
        Map<UUID, List<ExternalRef>> refs = ExternalRefRows.TENANT.of(connection, rows.stream().map(v -> (UUID) v[0]).toList());
        List<Tenant> tenants = new ArrayList<>(rows.size());
        for (Object[] v : rows) {
            String tags = (String) v[7];
            tenants.add(new Tenant((UUID) v[0], (String) v[1], (String) v[2], TenantKind.valueOf((String) v[3]), (UUID) v[4],
                    (String) v[5], (String) v[6], tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")), (Boolean) v[8],
                    refs.getOrDefault((UUID) v[0], List.of()), (RecordMeta) v[9]));
        }
        return tenants;
    }

    /** Every tenant's name, deleted ones too (the history names records that no longer show in the tree). */
    static java.util.Map<UUID, TenantName> namesIncludingDeleted(Connection connection) throws SQLException {
        java.util.Map<UUID, TenantName> names = new java.util.HashMap<>();
        try (var st = connection.createStatement(); var rows = st.executeQuery("select id, name, deleted from tenant")) {
            while (rows.next()) {
                names.put(rows.getObject(1, UUID.class), new TenantName(rows.getString(2), rows.getBoolean(3)));
            }
        }
        return names;
    }
}
