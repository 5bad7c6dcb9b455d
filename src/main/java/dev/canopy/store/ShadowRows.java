package dev.canopy.store;

import com.fasterxml.jackson.core.type.TypeReference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The last state the server sent of each record pending edits touch (see {@link SyncLedger}): kept before a pending
 * edit first writes the record, replaced by each pulled state while edits are pending, dropped when none is left.
 */
final class ShadowRows {

    /** A record's last server state as pull-shaped fields; state null: the server does not have the record. */
    record Shadow(Map<String, Object> state, long version) {
    }

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    /**
     * The key a save of computers' own fields (an import) passes: their whole state is kept, and "not on the server"
     * for new ones, where a reassign keeps only their tenant.
     */
    static final String WHOLE_COMPUTER = "whole computer";

    private ShadowRows() {
    }

    /**
     * Before a tracked edit writes these records: keeps the state of those no pending edit has touched yet (their
     * local state is then the server's). Computers, which only a reassign changes (their tenant), are kept with one
     * insert-select, so a reassign of 10k computers stays one statement here.
     */
    static void keepUntouched(Connection connection, String entity, Collection<UUID> ids, String key) throws SQLException {
        String k = key == null ? "" : key;
        if (entity.equals("computer") && WHOLE_COMPUTER.equals(key)) {
            keepWholeComputers(connection, ids);
            return;
        }
        if (entity.equals("computer")) {
            try (PreparedStatement insert = connection.prepareStatement("insert into sync_shadow (entity, record_id, setting_key, state, version)"
                    + " select 'computer', c.id, '', cast(json_object('tenantId': cast(c.tenant_id as varchar),"
                    + " 'updatedAt': formatdatetime(c.updated_at, 'yyyy-MM-dd''T''HH:mm:ss.SSSSSSXXX'), 'updatedBy': c.updated_by) as varchar),"
                    + " c.version"
                    + " from unnest(?) as wanted(k) join computer c on c.id = wanted.k"
                    + " where not exists (select 1 from sync_shadow s where s.entity = 'computer' and s.record_id = c.id and s.setting_key = '')")) {
                for (List<UUID> chunk : SqlArrays.chunks(ids)) {
                    insert.setArray(1, SqlArrays.uuids(connection, chunk));
                    insert.executeUpdate();
                }
            }
            return;
        }
        for (UUID id : ids) {
            if (find(connection, entity, id, k).isEmpty()) {
                Optional<StoredRecords.Current> current = StoredRecords.read(connection, entity, id, key);
                put(connection, entity, id, k, current.map(StoredRecords.Current::fields).orElse(null), current.map(StoredRecords.Current::version).orElse(0L));
            }
        }
    }

    /**
     * As a pull gives them (inventory included), in batches; null for the computers the server cannot have yet. A
     * computer a pending reassign already shadowed holds only its server tenant and meta: its whole server state is
     * then its local fields (a reassign changes nothing else, and a pull would have replaced that shadow with the
     * whole record) with that tenant and meta, so a refused import can put every field back.
     */
    private static void keepWholeComputers(Connection connection, Collection<UUID> ids) throws SQLException {
        java.util.List<UUID> all = java.util.List.copyOf(new LinkedHashSet<>(ids));
        for (int from = 0; from < all.size(); from += 1_000) {
            java.util.List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 1_000));
            java.util.Set<UUID> kept = new java.util.HashSet<>();
            Map<UUID, Shadow> tenantOnly = new java.util.HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("select s.record_id, s.state, s.version from unnest(?) as wanted(k)"
                    + " join sync_shadow s on s.entity = 'computer' and s.record_id = wanted.k and s.setting_key = ''")) {
                select.setArray(1, SqlArrays.uuids(connection, chunk));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        kept.add(id);
                        Map<String, Object> state = rows.getString(2) == null ? null : parse(rows.getString(2));
                        if (state != null && !state.containsKey("id")) {
                            tenantOnly.put(id, new Shadow(state, rows.getLong(3)));
                        }
                    }
                }
            }
            java.util.List<UUID> wanted = chunk.stream().filter(id -> !kept.contains(id)).toList();
            java.util.List<UUID> read = new java.util.ArrayList<>(wanted);
            read.addAll(tenantOnly.keySet());
            Map<UUID, dev.canopy.domain.computer.Computer> live = new java.util.HashMap<>();
            ComputerQuery.byIds(connection, read, true).forEach(c -> live.put(c.id(), c));
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into sync_shadow (entity, record_id, setting_key, state, version) values ('computer', ?, '', ?, ?)")) {
                for (UUID id : wanted) {
                    var c = live.get(id);
                    insert.setObject(1, id);
                    insert.setString(2, c == null ? null : Json.write(Json.MAPPER.convertValue(c, FIELDS)));
                    insert.setLong(3, c == null ? 0 : c.meta().version());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            for (var moved : tenantOnly.entrySet()) {
                var c = live.get(moved.getKey());
                if (c != null) {
                    put(connection, "computer", moved.getKey(), "", wholeFromTenantOnly(c, moved.getValue()), moved.getValue().version());
                }
            }
        }
    }

    /** The computer as the server holds it: the local fields, with the tenant and meta a reassign's shadow kept. */
    private static Map<String, Object> wholeFromTenantOnly(dev.canopy.domain.computer.Computer local, Shadow tenantOnly) {
        Map<String, Object> whole = new java.util.LinkedHashMap<>(Json.MAPPER.convertValue(local, FIELDS));
        whole.put("tenantId", tenantOnly.state().get("tenantId"));
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = new java.util.LinkedHashMap<>((Map<String, Object>) whole.get("meta"));
        meta.put("version", tenantOnly.version());
        Object at = tenantOnly.state().get("updatedAt");
        if (at != null) {
            meta.put("updatedAt", java.time.OffsetDateTime.parse(at.toString()).toInstant().toString());
        }
        if (tenantOnly.state().get("updatedBy") != null) {
            meta.put("updatedBy", tenantOnly.state().get("updatedBy"));
        }
        whole.put("meta", meta);
        return whole;
    }

    /**
     * A computer shadow's server updatedAt or updatedBy: at the top of a reassign's tenant-only shadow, in the meta of
     * a whole one (an import's); null when it has none.
     */
    static Object computerMeta(Map<String, Object> shadow, String field) {
        return shadow.containsKey("id") ? PulledRecords.meta(shadow).get(field) : shadow.get(field);
    }

    static Optional<Shadow> find(Connection connection, String entity, UUID id, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select state, version from sync_shadow where entity = ? and record_id = ? and setting_key = ?")) {
            select.setString(1, entity);
            select.setObject(2, id);
            select.setString(3, key == null ? "" : key);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String state = rows.getString(1);
                return Optional.of(new Shadow(state == null ? null : parse(state), rows.getLong(2)));
            }
        }
    }

    static void put(Connection connection, String entity, UUID id, String key, Map<String, Object> state, long version) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement("merge into sync_shadow (entity, record_id, setting_key, state, version)"
                + " key (entity, record_id, setting_key) values (?, ?, ?, ?, ?)")) {
            merge.setString(1, entity);
            merge.setObject(2, id);
            merge.setString(3, key == null ? "" : key);
            merge.setString(4, state == null ? null : Json.write(state));
            merge.setLong(5, version);
            merge.executeUpdate();
        }
    }

    /** Drops the shadows no pending edit needs any more. */
    static void dropUnneeded(Connection connection) throws SQLException {
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("delete from sync_shadow s where not exists (select 1 from outbox_touch t"
                    + " where t.entity = s.entity and t.record_id = s.record_id and t.setting_key = s.setting_key)");
        }
    }

    static Map<String, Object> parse(String json) {
        try {
            return Json.MAPPER.readValue(json, FIELDS);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a record state this store wrote is not JSON", e);
        }
    }
}
