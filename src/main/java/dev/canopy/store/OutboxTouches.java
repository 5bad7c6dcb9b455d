package dev.canopy.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The records each pending mutation touched and the fields it changed on each: what a pull rebases (a touched
 * field keeps its local value) and what an edit leaving the outbox undoes. A preference is named by its tenant and
 * key; every other record's key is "".
 */
final class OutboxTouches {

    /** One record a mutation touched. */
    record Touch(String entity, UUID id, String key, Set<String> fields) {
        Touch {
            key = key == null ? "" : key;
        }
    }

    private OutboxTouches() {
    }

    /**
     * A command's saves as one touch per record (a record saved twice is one touch with both saves' fields). A record
     * saved once keeps its save's field set (new records of a kind share one), so a 100k import copies no sets.
     */
    static List<Touch> of(List<JdbcWorkspace.SavedRecord> saved) {
        Map<Named, Touch> touches = new LinkedHashMap<>(saved.size() * 2);
        for (JdbcWorkspace.SavedRecord s : saved) {
            if (s.fields().isEmpty()) {
                continue;
            }
            Touch touch = new Touch(s.entity(), s.id(), s.key(), s.fields());
            touches.merge(new Named(touch.entity(), touch.id(), touch.key()), touch, (first, again) -> {
                Set<String> both = new LinkedHashSet<>(first.fields());
                both.addAll(again.fields());
                return new Touch(first.entity(), first.id(), first.key(), both);
            });
        }
        return new ArrayList<>(touches.values());
    }

    private record Named(String entity, UUID id, String key) {
    }

    /** Touches one mutation may have: its touches' keys are its id times this plus 1, 2, 3… (schema 9). */
    static final long PER_MUTATION = 1L << 24;

    /** The SQL condition (two parameters, see {@link #bindRange}) that picks one mutation's touches by the table's key. */
    static String ofMutation(String alias) {
        String key = alias.isEmpty() ? "touch_id" : alias + ".touch_id";
        return key + " >= ? and " + key + " < ?";
    }

    /** Binds {@link #ofMutation}'s two parameters from the given index on. */
    static void bindRange(PreparedStatement statement, int index, long mutationId) throws SQLException {
        statement.setLong(index, mutationId * PER_MUTATION);
        statement.setLong(index + 1, (mutationId + 1) * PER_MUTATION);
    }

    /** Writes the touches, one insert-select per (entity, key, fields) group: a reassign of 10k computers is one statement. */
    static void append(Connection connection, long mutationId, Collection<Touch> touches) throws SQLException {
        if (touches.size() >= PER_MUTATION) {
            throw new StoreException("One edit touches " + touches.size() + " records; at most " + (PER_MUTATION - 1) + " fit one edit.", null);
        }
        Map<List<Object>, List<UUID>> groups = new LinkedHashMap<>();
        for (Touch t : touches) {  // grouped by the field set itself: its JSON is written once per group, not per record
            groups.computeIfAbsent(List.of(t.entity(), t.key(), t.fields()), k -> new ArrayList<>()).add(t.id());
        }
        long written = mutationId * PER_MUTATION;
        try (PreparedStatement insert = connection.prepareStatement("insert into outbox_touch (touch_id, mutation_id, entity, record_id,"
                + " setting_key, fields) select cast(? as bigint) + w.n, ?, ?, w.k, ?, ? from unnest(?) with ordinality as w(k, n)")) {
            for (var group : groups.entrySet()) {
                insert.setLong(2, mutationId);
                insert.setString(3, (String) group.getKey().get(0));
                insert.setString(4, (String) group.getKey().get(1));
                insert.setString(5, Json.write(group.getKey().get(2)));
                for (List<UUID> chunk : SqlArrays.chunks(group.getValue())) {
                    insert.setLong(1, written);
                    insert.setArray(6, SqlArrays.uuids(connection, chunk));
                    written += insert.executeUpdate();
                }
            }
        }
    }

    /** Removes one mutation's touches. */
    static void remove(Connection connection, long mutationId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from outbox_touch where " + ofMutation(""))) {
            bindRange(delete, 1, mutationId);
            delete.executeUpdate();
        }
    }

    /** Removes every touch (the outbox emptied). */
    static void removeAll(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from outbox_touch")) {
            delete.executeUpdate();
        }
    }

    static List<Touch> ofMutation(Connection connection, long mutationId) throws SQLException {
        List<Touch> touches = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select entity, record_id, setting_key, fields from outbox_touch where " + ofMutation(""))) {
            bindRange(select, 1, mutationId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    touches.add(new Touch(rows.getString(1), rows.getObject(2, UUID.class), rows.getString(3), fields(rows.getString(4))));
                }
            }
        }
        return touches;
    }

    /** Whether any pending mutation touches any record. */
    static boolean any(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select 1 from outbox_touch fetch first 1 rows only");
             ResultSet rows = select.executeQuery()) {
            return rows.next();
        }
    }

    /** The fields pending mutations (all of them, or all but one) change on a record; empty when none touches it. */
    static Set<String> pendingFields(Connection connection, String entity, UUID id, String key, long exceptMutationId) throws SQLException {
        Set<String> fields = new LinkedHashSet<>();
        try (PreparedStatement select = connection.prepareStatement("select fields from outbox_touch"
                + " where entity = ? and record_id = ? and setting_key = ? and mutation_id <> ?")) {
            select.setString(1, entity);
            select.setObject(2, id);
            select.setString(3, key == null ? "" : key);
            select.setLong(4, exceptMutationId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    fields.addAll(fields(rows.getString(1)));
                }
            }
        }
        return fields;
    }

    /** The pending mutations touching any of these records of one entity (any key), oldest first. */
    static List<Long> mutationsTouching(Connection connection, String entity, Collection<UUID> ids) throws SQLException {
        List<Long> mutations = new ArrayList<>();
        if (ids.isEmpty()) {
            return mutations;
        }
        try (PreparedStatement select = connection.prepareStatement("select distinct t.mutation_id from unnest(?) as wanted(k)"
                + " join outbox_touch t on t.record_id = wanted.k where t.entity = ? order by t.mutation_id")) {
            select.setArray(1, SqlArrays.uuids(connection, new LinkedHashSet<>(ids)));
            select.setString(2, entity);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    mutations.add(rows.getLong(1));
                }
            }
        }
        return mutations;
    }

    static Set<String> fields(String json) {
        try {
            return new LinkedHashSet<>(List.of(Json.MAPPER.readValue(json, String[].class)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a field list this store wrote is not JSON", e);
        }
    }
}
