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

    /** Whether records of this entity are stored here ("import", the entity of an import's part that touched nothing, is not). */
    static boolean holds(String entity) {
        return switch (entity) {
            case "tenant", "computer", "preference" -> true;
            default -> entity.equals(ScheduleKind.INSTANCE.name()) || entity.equals(DeploymentKind.INSTANCE.name())
                    || entity.equals(PersonKind.INSTANCE.name());
        };
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
        if (entity.equals(ScheduleKind.INSTANCE.name())) {
            restamp(connection, ScheduleKind.INSTANCE, id, version);  // their body holds the meta too
            return;
        }
        if (entity.equals(DeploymentKind.INSTANCE.name())) {
            restamp(connection, DeploymentKind.INSTANCE, id, version);
            return;
        }
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

    private static <R> void restamp(Connection connection, dev.canopy.domain.command.RecordKind<R> kind, UUID id, long version) throws SQLException {
        var table = RecordTables.of(kind);
        var record = table.find(connection, id);
        if (record.isPresent()) {
            RecordMeta meta = kind.meta(record.get());
            table.upsert(connection, kind.withMeta(record.get(), new RecordMeta(version, meta.updatedAt(), meta.updatedBy(), meta.deleted())));
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper READER = Json.MAPPER.copy()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** What a record written by {@link #insert} is, for the change log: where it lives, and its key if it has one. */
    public record Inserted(String entity, UUID id, String key, UUID tenantId) {
    }

    /**
     * Writes a new record given as the fields a pull returns (a client's first publish). Refuses with an
     * IllegalArgumentException naming the field when the fields do not make a record of that entity.
     */
    public static Inserted insert(Connection connection, String entity, Map<String, Object> fields) throws SQLException {
        switch (entity) {
            case "tenant" -> {
                var t = convert(fields, dev.canopy.domain.tenant.Tenant.class, entity);
                TenantTable.save(connection, null, t);
                return new Inserted(entity, t.id(), null, t.id());
            }
            case "computer" -> {
                var c = convert(fields, dev.canopy.domain.computer.Computer.class, entity);
                try (var computers = connection.prepareStatement(ComputerRows.INSERT_COMPUTER);
                     var software = connection.prepareStatement(ComputerRows.INSERT_SOFTWARE)) {
                    ComputerRows.add(computers, software, c);
                    computers.executeBatch();
                    software.executeBatch();
                }
                return new Inserted(entity, c.id(), null, c.tenantId());
            }
            case "preference" -> {
                var p = convert(fields, dev.canopy.domain.preference.TenantPreference.class, entity);
                PreferenceTable.save(connection, p.tenantId(), p.key(), p);
                return new Inserted(entity, p.tenantId(), p.key(), p.tenantId());
            }
            default -> {
                return insertOwned(connection, entity, fields);
            }
        }
    }

    /**
     * Writes a record given as the fields a pull returns, replacing the stored one if there is one (a pulled change):
     * its meta, version included, is taken as given. Refuses like {@link #insert}.
     */
    public static Inserted upsert(Connection connection, String entity, Map<String, Object> fields) throws SQLException {
        switch (entity) {
            case "tenant" -> {
                var t = convert(fields, dev.canopy.domain.tenant.Tenant.class, entity);
                TenantTable.save(connection, TenantTable.find(connection, t.id()).orElse(null), t);
                return new Inserted(entity, t.id(), null, t.id());
            }
            case "computer" -> {
                var c = convert(fields, dev.canopy.domain.computer.Computer.class, entity);
                // its inventory is replaced whole; the row is updated in place, so its maintenance history stays attached
                try (PreparedStatement delete = connection.prepareStatement("delete from computer_software where computer_id = ?");
                     PreparedStatement update = connection.prepareStatement(ComputerRows.UPDATE_COMPUTER)) {
                    delete.setObject(1, c.id());
                    delete.executeUpdate();
                    ComputerRows.bind(update, c);
                    update.setObject(15, c.id());
                    if (update.executeUpdate() == 0) {
                        return insert(connection, entity, fields);
                    }
                }
                try (PreparedStatement software = connection.prepareStatement(ComputerRows.INSERT_SOFTWARE)) {
                    ComputerRows.addSoftware(software, c);
                    software.executeBatch();
                }
                return new Inserted(entity, c.id(), null, c.tenantId());
            }
            default -> {
                return insert(connection, entity, fields);  // preferences and owned records are written update-else-insert
            }
        }
    }

    private static Inserted insertOwned(Connection connection, String entity, Map<String, Object> fields) throws SQLException {
        if (entity.equals(ScheduleKind.INSTANCE.name())) {
            return insertOwned(connection, ScheduleKind.INSTANCE, convert(fields, dev.canopy.domain.schedule.MaintenanceSchedule.class, entity));
        }
        if (entity.equals(DeploymentKind.INSTANCE.name())) {
            return insertOwned(connection, DeploymentKind.INSTANCE, convert(fields, dev.canopy.domain.deployment.Deployment.class, entity));
        }
        if (entity.equals(PersonKind.INSTANCE.name())) {
            return insertOwned(connection, PersonKind.INSTANCE, convert(fields, dev.canopy.domain.person.Person.class, entity));
        }
        throw new IllegalArgumentException("there is no kind of record called \"" + entity + "\"");
    }

    private static <R> Inserted insertOwned(Connection connection, dev.canopy.domain.command.RecordKind<R> kind, R record) throws SQLException {
        RecordTables.of(kind).upsert(connection, record);
        return new Inserted(kind.name(), kind.id(record), null, kind.tenantId(record));
    }

    /** The fields as a record of that type; an IllegalArgumentException names the bad field. */
    static <T> T convert(Map<String, Object> fields, Class<T> type, String entity) {
        try {
            return READER.convertValue(fields, type);
        } catch (IllegalArgumentException e) {
            String detail = e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                    ? mapping.getOriginalMessage() : e.getMessage();
            throw new IllegalArgumentException("not a valid " + entity + ": " + detail.lines().findFirst().orElse(detail), e);
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
