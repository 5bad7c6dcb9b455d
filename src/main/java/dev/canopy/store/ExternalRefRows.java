package dev.canopy.store;

import dev.canopy.domain.tenant.ExternalRef;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The integration mappings of one kind of record, in their own table ({@code tenant_external_ref},
 * {@code person_external_ref}): owner id, source, external id; one row per source.
 */
final class ExternalRefRows {

    static final ExternalRefRows TENANT = new ExternalRefRows("tenant_external_ref", "tenant_id");
    static final ExternalRefRows PERSON = new ExternalRefRows("person_external_ref", "person_id");

    private final String table;
    private final String owner;

    private ExternalRefRows(String table, String owner) {
        this.table = table;
        this.owner = owner;
    }

    /** One mapping's row; {@link #add} fills it. */
    String insertSql() {
        return "insert into " + table + " (" + owner + ", source, external_id) values (?, ?, ?)";
    }

    /** Adds one batch entry of {@link #insertSql} per mapping of the owner. */
    static void add(PreparedStatement insert, UUID ownerId, List<ExternalRef> refs) throws SQLException {
        for (ExternalRef ref : refs) {
            insert.setObject(1, ownerId);
            insert.setString(2, ref.source());
            insert.setString(3, ref.externalId());
            insert.addBatch();
        }
    }

    /** Replaces the owner's mappings with these. */
    void replace(Connection connection, UUID ownerId, List<ExternalRef> refs) throws SQLException {
        delete(connection, ownerId);
        if (refs.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(insertSql())) {
            add(insert, ownerId, refs);
            insert.executeBatch();
        }
    }

    void delete(Connection connection, UUID ownerId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where " + owner + " = ?")) {
            delete.setObject(1, ownerId);
            delete.executeUpdate();
        }
    }

    /** The mappings of these owners, by owner, each owner's in source order (one query). */
    Map<UUID, List<ExternalRef>> of(Connection connection, Collection<UUID> ownerIds) throws SQLException {
        Map<UUID, List<ExternalRef>> refs = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return refs;
        }
        try (PreparedStatement select = connection.prepareStatement("select r." + owner + ", r.source, r.external_id from unnest(?) as wanted(k)"
                + " join " + table + " r on r." + owner + " = wanted.k order by r." + owner + ", r.source")) {
            select.setArray(1, SqlArrays.uuids(connection, new LinkedHashSet<>(ownerIds)));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    refs.computeIfAbsent(r.getObject(1, UUID.class), k -> new ArrayList<>()).add(new ExternalRef(r.getString(2), r.getString(3)));
                }
            }
        }
        return refs;
    }
}
