package dev.canopy.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.schedule.ScheduleKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Any stored record by its entity name, as sync sees records: read in its current state (deleted
 * ones included) as JSON-ready fields, and stamped with the version the server gave its last change.
 * The tables are the same in a client's store and on the central server.
 */
public final class StoredRecords {

    /** A record's current state: its fields as JSON-ready values, and whether it is a tombstone. */
    public record Current(Map<String, Object> fields, boolean deleted, long version) {
    }

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private StoredRecords() {
    }

    /** The record's current state, or empty when there is none (never stored, or a computer removed). */
    public static Optional<Current> read(Connection connection, String entity, UUID id, String key) throws SQLException {
        return switch (entity) {
            case "tenant" -> TenantTable.find(connection, id).map(t -> current(t, t.meta()));
            case "computer" -> ComputerQuery.byIds(connection, List.of(id), true).stream().findFirst().map(c -> current(c, c.meta()));
            case "preference" -> PreferenceTable.find(connection, id, key).map(p -> current(p, p.meta()));
            default -> owned(connection, entity, id);
        };
    }

    private static Optional<Current> owned(Connection connection, String entity, UUID id) throws SQLException {
        if (entity.equals(ScheduleKind.INSTANCE.name())) {
            return RecordTables.of(ScheduleKind.INSTANCE).find(connection, id).map(r -> current(r, r.meta()));
        }
        if (entity.equals(DeploymentKind.INSTANCE.name())) {
            return RecordTables.of(DeploymentKind.INSTANCE).find(connection, id).map(r -> current(r, r.meta()));
        }
        if (entity.equals(PersonKind.INSTANCE.name())) {
            return RecordTables.of(PersonKind.INSTANCE).find(connection, id).map(r -> current(r, r.meta()));
        }
        throw new IllegalArgumentException("no stored records are called " + entity);
    }

    private static Current current(Object record, RecordMeta meta) {
        return new Current(Json.MAPPER.convertValue(record, FIELDS), meta.deleted(), meta.version());
    }

    /** Sets the version of a record (the server's sequence number of its last accepted change). */
    public static void stampVersion(Connection connection, String entity, UUID id, String key, long version) throws SQLException {
        String sql = switch (entity) {
            case "preference" -> "update tenant_preference set version = ? where tenant_id = ? and setting_key = ?";
            case "tenant", "computer", "person", "schedule", "deployment" -> "update " + entity + " set version = ? where id = ?";
            default -> throw new IllegalArgumentException("no stored records are called " + entity);
        };
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, version);
            update.setObject(2, id);
            if (key != null) {
                update.setString(3, key);
            }
            update.executeUpdate();
        }
    }

    /** Whether any tenant is stored (live or deleted): an empty server may receive a client's first publish. */
    public static boolean anyTenant(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("select count(*) from tenant")) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }
}
