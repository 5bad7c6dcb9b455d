package dev.canopy.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The floor's plain JDBC: one prepared batch per table of the store's schema, filled from pulled records. */
final class FloorInserts implements AutoCloseable {

    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private final Connection connection;

    FloorInserts(Connection connection) throws SQLException {
        this.connection = connection;
        prepare("tenant", "insert into tenant (id, name, slug, kind, parent_id, description, time_zone, tags, active, version, updated_at,"
                + " updated_by, deleted) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        prepare("ref", "insert into tenant_external_ref (tenant_id, source, external_id) values (?, ?, ?)");
        prepare("person", "insert into person (id, tenant_id, display_name, email, role, active, version, updated_at, updated_by, deleted)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        prepare("computer", "insert into computer (id, name, tenant_id, serial_number, device_id, os, os_version, last_seen,"
                + " primary_person_id, tags, version, updated_at, updated_by, deleted) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        prepare("software", "insert into computer_software (computer_id, position, name, version, publisher) values (?, ?, ?, ?, ?)");
        prepare("schedule", "insert into schedule (id, tenant_id, body, version, updated_at, updated_by, deleted) values (?, ?, ?, ?, ?, ?, ?)");
        prepare("deployment", "insert into deployment (id, tenant_id, body, version, updated_at, updated_by, deleted) values (?, ?, ?, ?, ?, ?, ?)");
        prepare("preference", "insert into tenant_preference (tenant_id, setting_key, mode, setting_value, version, updated_at, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?)");
    }

    private void prepare(String name, String sql) throws SQLException {
        statements.put(name, connection.prepareStatement(sql));
    }

    void add(String entity, JsonNode r) throws SQLException {
        JsonNode meta = r.get("meta");
        switch (entity) {
            case "tenant" -> {
                batch("tenant", uuid(r, "id"), text(r, "name"), text(r, "slug"), text(r, "kind"), uuid(r, "parentId"), text(r, "description"),
                        orEmpty(r, "timeZone"), String.join(",", list(r.get("tags"))), r.get("active").asBoolean(),
                        meta.get("version").asLong(), time(meta, "updatedAt"), text(meta, "updatedBy"), meta.get("deleted").asBoolean());
                for (JsonNode ref : r.path("externalRefs")) {
                    batch("ref", uuid(r, "id"), text(ref, "source"), text(ref, "externalId"));
                }
            }
            case "person" -> batch("person", uuid(r, "id"), uuid(r, "tenantId"), text(r, "displayName"), text(r, "email"), text(r, "role"),
                    r.get("active").asBoolean(), meta.get("version").asLong(), time(meta, "updatedAt"), text(meta, "updatedBy"),
                    meta.get("deleted").asBoolean());
            case "computer" -> {
                batch("computer", uuid(r, "id"), text(r, "name"), uuid(r, "tenantId"), orEmpty(r, "serialNumber"), text(r, "deviceId"),
                        orEmpty(r, "os"), orEmpty(r, "osVersion"), time(r, "lastSeen"), uuid(r, "primaryPersonId"),
                        String.join(",", list(r.get("tags"))), meta.get("version").asLong(), time(meta, "updatedAt"), text(meta, "updatedBy"),
                        meta.get("deleted").asBoolean());
                int position = 0;
                for (JsonNode software : r.path("software")) {
                    batch("software", uuid(r, "id"), position++, text(software, "name"), orEmpty(software, "version"), orEmpty(software, "publisher"));
                }
            }
            case "schedule", "deployment" -> batch(entity, uuid(r, "id"), uuid(r, entity.equals("deployment") ? "ownerTenantId" : "tenantId"), r.toString(), meta.get("version").asLong(),
                    time(meta, "updatedAt"), text(meta, "updatedBy"), meta.get("deleted").asBoolean());
            case "preference" -> batch("preference", uuid(r, "tenantId"), text(r, "key"), text(r, "mode"), orEmpty(r, "value"),
                    meta.get("version").asLong(), time(meta, "updatedAt"), text(meta, "updatedBy"));
            default -> throw new IllegalArgumentException("the floor does not know entity " + entity);
        }
    }

    private void batch(String name, Object... values) throws SQLException {
        PreparedStatement statement = statements.get(name);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
    }

    void flush() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.executeBatch();
        }
    }

    private static UUID uuid(JsonNode r, String field) {
        JsonNode value = r.get(field);
        return value == null || value.isNull() ? null : UUID.fromString(value.asText());
    }

    private static String text(JsonNode r, String field) {
        JsonNode value = r.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String orEmpty(JsonNode r, String field) {
        String value = text(r, field);
        return value == null ? "" : value;
    }

    private static Timestamp time(JsonNode r, String field) {
        String value = text(r, field);
        return value == null ? null : Timestamp.from(Instant.parse(value));
    }

    private static java.util.List<String> list(JsonNode values) {
        java.util.List<String> items = new java.util.ArrayList<>();
        if (values != null) {
            values.forEach(v -> items.add(v.asText()));
        }
        return items;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
    }
}
