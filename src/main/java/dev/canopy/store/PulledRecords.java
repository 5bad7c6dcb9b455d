package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Writes server states into the local store with the rebase rule: the server's record, with the fields pending
 * edits change kept from the local record. A record can arrive before the tenant (or person) it refers to (a page
 * reports each record under its latest change, so a parent renamed later comes in a later page); the missing one is
 * written as a hidden placeholder that its own change then replaces, because the local schema's keys need it.
 */
final class PulledRecords {

    private static final Instant PLACEHOLDER_AT = Instant.EPOCH;

    private PulledRecords() {
    }

    /** The server's state, with the keep fields taken from the local record (none: the server's state as it is). */
    static void write(Connection connection, String entity, UUID id, String key, Map<String, Object> server, Set<String> keep) throws SQLException {
        Map<String, Object> state = server;
        if (!keep.isEmpty()) {
            if (entity.equals("preference")) {
                return;  // a preference is one field: a pending edit of it keeps the local row as it is
            }
            Optional<StoredRecords.Current> local = StoredRecords.read(connection, entity, id, key);
            if (local.isPresent()) {
                state = overlay(server, local.get().fields(), keep);
            }
        }
        ensureReferenced(connection, entity, state);
        if (entity.equals("tenant")) {
            freeSlug(connection, id, state.get("slug"));
        }
        if (entity.equals("computer")) {
            freeDevice(connection, id, state.get("deviceId"));
        }
        StoredRecords.upsert(connection, entity, state);
    }

    /**
     * Slugs are unique here as on the server, but a page brings each tenant in its latest state at its latest change:
     * a tenant can take a slug whose local holder gets its new one later in the page. The holder keeps a stand-in
     * slug until then.
     */
    static void freeSlug(Connection connection, UUID id, Object slug) throws SQLException {
        standIn(connection, "update tenant set slug = concat('~', cast(id as varchar)) where slug = ? and id <> ?", id, slug);
    }

    /**
     * Device ids are unique here as on the server, but a local computer can hold the one a pulled computer has: made
     * here by an import of the same device on two laptops (pending, which the server will refuse, or already refused
     * and removed, which a removed row still holds). The local one gives way with a stand-in ("~" and its id), as a
     * slug does: the pull is the server's truth and must not fail on it.
     */
    static void freeDevice(Connection connection, UUID id, Object deviceId) throws SQLException {
        standIn(connection, "update computer set device_id = concat('~', cast(id as varchar)) where device_id = ? and id <> ?", id, deviceId);
    }

    /** Gives another record's unique value a stand-in; the update names the value, then the record that takes it. */
    private static void standIn(Connection connection, String update, UUID id, Object value) throws SQLException {
        if (value != null) {
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                statement.setString(1, value.toString());
                statement.setObject(2, id);
                statement.executeUpdate();
            }
        }
    }

    /** The server's fields with the kept ones taken from the local record ("deleted" lives in meta). */
    static Map<String, Object> overlay(Map<String, Object> server, Map<String, Object> local, Set<String> keep) {
        Map<String, Object> merged = new HashMap<>(server);
        for (String field : keep) {
            if (field.equals("deleted")) {
                Map<String, Object> meta = new HashMap<>(meta(server));
                meta.put("deleted", meta(local).get("deleted"));
                merged.put("meta", meta);
            } else if (local.containsKey(field)) {
                merged.put(field, local.get(field));
            }
        }
        return merged;
    }

    /** Marks a local record deleted (a DELETE that came without the tombstone, or an undone creation); absent: nothing. */
    static void tombstone(Connection connection, String entity, UUID id, String key) throws SQLException {
        if (entity.equals("preference")) {
            PreferenceTable.save(connection, id, key, null);
            return;
        }
        if (entity.equals("computer")) {
            try (PreparedStatement update = connection.prepareStatement("update computer set deleted = true where id = ?")) {
                update.setObject(1, id);
                update.executeUpdate();
            }
            return;
        }
        Optional<StoredRecords.Current> local = StoredRecords.read(connection, entity, id, key);
        if (local.isPresent() && !local.get().deleted()) {
            Map<String, Object> state = new HashMap<>(local.get().fields());
            Map<String, Object> meta = new HashMap<>(meta(state));
            meta.put("deleted", true);
            state.put("meta", meta);
            StoredRecords.upsert(connection, entity, state);
        }
    }

    /** The server version in a pulled record's meta (0 when it has none). */
    static long version(Map<String, Object> record) {
        return record != null && meta(record).get("version") instanceof Number n ? n.longValue() : 0;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> meta(Map<String, Object> record) {
        return record.get("meta") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static void ensureReferenced(Connection connection, String entity, Map<String, Object> state) throws SQLException {
        switch (entity) {
            case "tenant" -> ensureTenant(connection, uuid(state.get("parentId")));
            case "deployment" -> ensureTenant(connection, uuid(state.get("ownerTenantId")));
            case "computer" -> {
                UUID tenant = uuid(state.get("tenantId"));
                ensureTenant(connection, tenant);
                ensurePerson(connection, uuid(state.get("primaryPersonId")), tenant);
            }
            default -> ensureTenant(connection, uuid(state.get("tenantId")));
        }
    }

    private static void ensureTenant(Connection connection, UUID id) throws SQLException {
        if (id != null && !exists(connection, "tenant", id)) {
            placeholderTenant(connection, id);
        }
    }

    private static void ensurePerson(Connection connection, UUID id, UUID tenantId) throws SQLException {
        if (id != null && tenantId != null && !exists(connection, "person", id)) {
            placeholderPerson(connection, id, tenantId);
        }
    }

    /** The hidden stand-in of a tenant a record refers to before the tenant's own change arrives. */
    static void placeholderTenant(Connection connection, UUID id) throws SQLException {
        TenantTable.save(connection, null, new Tenant(id, "(not pulled yet)", "unpulled-" + id, TenantKind.CLIENT, null, "", "",
                List.of(), false, List.of(), new RecordMeta(0, PLACEHOLDER_AT, "sync", true)));
    }

    /** The hidden stand-in of a computer's person (in the computer's tenant) before the person's own change arrives. */
    static void placeholderPerson(Connection connection, UUID id, UUID tenantId) throws SQLException {
        new PersonTable().upsert(connection, new Person(id, tenantId, "(not pulled yet)", "unpulled-" + id + "@invalid", null, false, List.of(),
                new RecordMeta(0, PLACEHOLDER_AT, "sync", true)));
    }

    private static boolean exists(Connection connection, String table, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select count(*) from " + table + " where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    static UUID uuid(Object value) {
        if (value == null || value instanceof UUID) {
            return (UUID) value;
        }
        try {
            return UUID.fromString(value.toString());
        } catch (IllegalArgumentException e) {
            return null;  // the record's own conversion names the bad field
        }
    }
}
