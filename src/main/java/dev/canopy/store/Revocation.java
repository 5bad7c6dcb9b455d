package dev.canopy.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A record that left this technician's scope (a pulled REVOKE): it disappears locally, a tenant with its whole
 * subtree and everything the subtree owns (the server sends the REVOKE only for the record that moved). Pending
 * edits that touch anything removed leave the outbox as REVOKED conflicts, so nothing is dropped silently.
 */
final class Revocation {

    private static final List<String> OWNED = List.of("person", "computer", "schedule", "deployment");

    private final Connection connection;
    private final Instant now;
    private final java.util.Set<UUID> staying;

    Revocation(Connection connection, Instant now) {
        this(connection, now, java.util.Set.of());
    }

    /** @param staying tenants the same page upserts: they stay in scope whatever tenant above them leaves */
    Revocation(Connection connection, Instant now, java.util.Set<UUID> staying) {
        this.staying = staying;
        this.connection = connection;
        this.now = now;
    }

    /** Removes the record (and for a tenant its subtree); false when it was not here. */
    boolean revoke(String entity, UUID id, String key) throws SQLException {
        Map<String, Object> record = StoredRecords.read(connection, entity, id, key).map(StoredRecords.Current::fields).orElse(null);
        if (record == null) {
            return false;
        }
        String reason = ConflictRows.nameOf(record, id) + " left your scope";
        List<UUID> subtree = entity.equals("tenant") ? subtree(id) : List.of();
        for (long mutation : touching(entity, id, key, subtree)) {
            PendingEdit edit = OutboxRows.find(connection, mutation);
            OutboxRows.Target target = OutboxRows.target(connection, mutation);
            ConflictRows.add(connection, new SyncConflict(0, SyncConflict.REVOKED, mutation, edit.name(), edit.args(), target.entity(),
                    target.id(), ConflictRows.nameOf(record, id), null, null, null, null, null, null, reason, now));
            EditUndo.leave(connection, mutation, null);
        }
        if (entity.equals("tenant")) {
            removeTenants(subtree);
        } else {
            removeOne(entity, id, key);
        }
        ShadowRows.dropUnneeded(connection);
        return true;
    }

    /**
     * The tenant and everything below it, breadth first, except the tenants this page keeps (with what is below them): a
     * page may move a tenant still in scope under one that leaves it (Acme moved under F, F out of Acme), and the
     * revoke of F must not take Acme with it. A tenant seen twice is not walked again.
     */
    private List<UUID> subtree(UUID root) throws SQLException {
        java.util.LinkedHashSet<UUID> ids = new java.util.LinkedHashSet<>(List.of(root));
        java.util.ArrayDeque<UUID> next = new java.util.ArrayDeque<>(List.of(root));
        try (PreparedStatement children = connection.prepareStatement("select id from tenant where parent_id = ?")) {
            while (!next.isEmpty()) {
                children.setObject(1, next.poll());
                try (ResultSet rows = children.executeQuery()) {
                    while (rows.next()) {
                        UUID child = rows.getObject(1, UUID.class);
                        if (!staying.contains(child) && ids.add(child)) {
                            next.add(child);
                        }
                    }
                }
            }
        }
        return new ArrayList<>(ids);
    }

    /** The pending mutations that touch the record, or for a tenant anything in its subtree. */
    private TreeSet<Long> touching(String entity, UUID id, String key, List<UUID> subtree) throws SQLException {
        TreeSet<Long> mutations = new TreeSet<>();
        if (!entity.equals("tenant")) {
            if (entity.equals("preference")) {
                mutations.addAll(ids("select mutation_id from outbox_touch where entity = 'preference' and record_id = ? and setting_key = ?", id, key));
            } else {
                mutations.addAll(OutboxTouches.mutationsTouching(connection, entity, List.of(id)));
            }
            return mutations;
        }
        mutations.addAll(OutboxTouches.mutationsTouching(connection, "tenant", subtree));
        mutations.addAll(OutboxTouches.mutationsTouching(connection, "preference", subtree));
        for (String owned : OWNED) {
            mutations.addAll(inSubtree("select distinct t.mutation_id from outbox_touch t join " + owned + " r on r.id = t.record_id"
                    + " where t.entity = '" + owned + "' and r.tenant_id = any(?)", subtree));
        }
        mutations.addAll(movedOutOf(subtree));
        return mutations;
    }

    /** Mutations that moved a record out of the subtree locally: on the server it is still there, so it leaves too. */
    private List<Long> movedOutOf(List<UUID> subtree) throws SQLException {
        java.util.Set<String> tenants = new java.util.HashSet<>();
        subtree.forEach(t -> tenants.add(t.toString()));
        List<Long> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select t.mutation_id, s.state from outbox_touch t join sync_shadow s"
                + " on s.entity = t.entity and s.record_id = t.record_id and s.setting_key = t.setting_key"
                + " where t.entity in ('person', 'computer', 'schedule', 'deployment') and s.state is not null");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Map<String, Object> state = ShadowRows.parse(rows.getString(2));
                Object owner = state.containsKey("ownerTenantId") ? state.get("ownerTenantId") : state.get("tenantId");
                if (owner != null && tenants.contains(owner.toString())) {
                    found.add(rows.getLong(1));
                }
            }
        }
        return found;
    }

    private void removeTenants(List<UUID> subtree) throws SQLException {
        String people = "select id from person where tenant_id = any(?)";
        String computers = "select id from computer where tenant_id = any(?)";
        inSubtree("update computer set primary_person_id = null where primary_person_id in (" + people + ")", subtree);
        inSubtree("delete from computer_software where computer_id in (" + computers + ")", subtree);
        inSubtree("delete from maintenance_session where computer_id in (" + computers + ")", subtree);
        inSubtree("delete from person_external_ref where person_id in (" + people + ")", subtree);
        for (String table : List.of("computer", "person", "schedule", "deployment", "tenant_preference", "tenant_external_ref")) {
            inSubtree("delete from " + table + " where tenant_id = any(?)", subtree);
        }
        List<UUID> parentsOfStaying = parentsOfOthers(subtree);
        List<UUID> rows = new ArrayList<>(subtree);
        rows.removeAll(parentsOfStaying);
        for (UUID parent : parentsOfStaying) {  // a tenant that stays still points at it: it stays as a placeholder, nothing of it kept
            try (PreparedStatement update = connection.prepareStatement("update tenant set name = '(not pulled yet)', slug = ?, description = '',"
                    + " tags = '', deleted = true, version = 0 where id = ?")) {
                update.setString(1, "unpulled-" + parent);
                update.setObject(2, parent);
                update.executeUpdate();
            }
        }
        inSubtree("update tenant set parent_id = null where id = any(?)", rows);  // the subtree's own keys, then the rows
        inSubtree("delete from tenant where id = any(?)", rows);
    }

    /** The tenants of the subtree that a tenant outside it has as its parent. */
    private List<UUID> parentsOfOthers(List<UUID> subtree) throws SQLException {
        List<UUID> parents = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select distinct parent_id from tenant where parent_id = any(?) and not (id = any(?))")) {
            select.setArray(1, SqlArrays.uuids(connection, subtree));
            select.setArray(2, SqlArrays.uuids(connection, subtree));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    parents.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return parents;
    }

    private void removeOne(String entity, UUID id, String key) throws SQLException {
        switch (entity) {
            case "preference" -> PreferenceTable.save(connection, id, key, null);
            case "person" -> {
                ids("update computer set primary_person_id = null where primary_person_id = ?", id, null);
                ids("delete from person_external_ref where person_id = ?", id, null);
                ids("delete from person where id = ?", id, null);
            }
            case "computer" -> {
                ids("delete from computer_software where computer_id = ?", id, null);
                ids("delete from maintenance_session where computer_id = ?", id, null);
                ids("delete from computer where id = ?", id, null);
            }
            case "schedule", "deployment" -> ids("delete from " + entity + " where id = ?", id, null);
            default -> throw new IllegalArgumentException("a REVOKE names no known kind of record: \"" + entity + "\"");
        }
    }

    /** Runs a statement with the subtree as its one array parameter; a query's first column comes back as ids. */
    private List<Long> inSubtree(String sql, List<UUID> subtree) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Array ids = SqlArrays.uuids(connection, subtree);
            statement.setArray(1, ids);
            return run(statement);
        }
    }

    private List<Long> ids(String sql, UUID id, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            if (key != null) {
                statement.setString(2, key);
            }
            return run(statement);
        }
    }

    private static List<Long> run(PreparedStatement statement) throws SQLException {
        List<Long> found = new ArrayList<>();
        if (statement.execute()) {
            try (ResultSet rows = statement.getResultSet()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
        }
        return found;
    }
}
