package dev.canopy.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.ScheduleKind;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The current states of the records a pull page sends, read many at a time (one or two queries per entity, the keys
 * joined as a table) and kept as domain records, so a page is written straight to JSON by the store's mapper
 * instead of going through a map of fields first.
 */
public final class RecordStates {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };
    // no flush after each record: a page is written to one buffer and flushed once
    private static final ObjectWriter WRITER = Json.MAPPER.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    /** A record's current state: the stored record, and whether it is a tombstone. */
    public static final class State {
        private final Object value;
        private final boolean deleted;

        private State(Object value, RecordMeta meta) {
            this.value = value;
            this.deleted = meta.deleted();
        }

        public boolean deleted() {
            return deleted;
        }

        /** The record as the JSON-ready fields a pull returns. */
        public Map<String, Object> fields() {
            return Json.MAPPER.convertValue(value, FIELDS);
        }

        /** The same fields written as one JSON object (the same text the fields would give). */
        public void write(JsonGenerator json) throws IOException {
            WRITER.writeValue(json, value);
        }
    }

    private RecordStates() {
    }

    /**
     * The current state of many records of one entity: id → state; ids with no state (never stored, or a computer
     * removed) are left out. Preferences, keyed by tenant and setting, are read with {@link #preferences}.
     */
    public static Map<UUID, State> of(Connection connection, String entity, Collection<UUID> ids) throws SQLException {
        Map<UUID, State> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        switch (entity) {
            case "tenant" -> TenantTable.findAll(connection, ids).forEach(t -> found.put(t.id(), new State(t, t.meta())));
            case "computer" -> ComputerQuery.byIds(connection, ids, true).forEach(c -> found.put(c.id(), new State(c, c.meta())));
            default -> {
                if (entity.equals(ScheduleKind.INSTANCE.name())) {
                    RecordTables.of(ScheduleKind.INSTANCE).findAll(connection, ids).forEach(r -> found.put(r.id(), new State(r, r.meta())));
                } else if (entity.equals(DeploymentKind.INSTANCE.name())) {
                    RecordTables.of(DeploymentKind.INSTANCE).findAll(connection, ids).forEach(r -> found.put(r.id(), new State(r, r.meta())));
                } else if (entity.equals(PersonKind.INSTANCE.name())) {
                    RecordTables.of(PersonKind.INSTANCE).findAll(connection, ids).forEach(r -> found.put(r.id(), new State(r, r.meta())));
                } else {
                    throw new IllegalArgumentException("no stored records are called " + entity);
                }
            }
        }
        return found;
    }

    /** The stored preferences of these tenants (one query): tenant id → setting key → state. */
    public static Map<UUID, Map<String, State>> preferences(Connection connection, Collection<UUID> tenantIds) throws SQLException {
        Map<UUID, Map<String, State>> found = new HashMap<>();
        if (tenantIds.isEmpty()) {
            return found;
        }
        List<TenantPreference> stored = PreferenceTable.ofTenants(connection, tenantIds);
        for (TenantPreference p : stored) {
            found.computeIfAbsent(p.tenantId(), k -> new HashMap<>()).put(p.key(), new State(p, p.meta()));
        }
        return found;
    }
}
