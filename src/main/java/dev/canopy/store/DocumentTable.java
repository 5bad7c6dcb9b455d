package dev.canopy.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.canopy.domain.command.RecordKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A record kind kept as a JSON document per row (schedules, deployments): owner and sync fields
 * are columns, the rest is the record as Jackson writes it.
 */
final class DocumentTable<R> implements RecordTable<R> {

    private final String table;
    private final Class<R> type;
    private final RecordKind<R> kind;

    DocumentTable(String table, Class<R> type, RecordKind<R> kind) {
        this.table = table;
        this.type = type;
        this.kind = kind;
    }

    @Override
    public Optional<R> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select body from " + table + " where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows.getString(1))) : Optional.empty();
            }
        }
    }

    @Override
    public List<R> findAll(Connection connection, Collection<UUID> ids) throws SQLException {
        List<R> records = new ArrayList<>();
        // the ids joined as a table: H2 compares "id = any(?)" with every key for every row of the table
        try (PreparedStatement select = connection.prepareStatement("select d.body from unnest(?) as wanted(k) join " + table
                + " d on d.id = wanted.k")) {
            select.setArray(1, SqlArrays.uuids(connection, new java.util.LinkedHashSet<>(ids)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(read(rows.getString(1)));
                }
            }
        }
        return records;
    }

    @Override
    public List<R> ofTenants(Connection connection, Collection<UUID> tenantIds) throws SQLException {
        List<R> records = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select body from " + table + " where deleted = false and tenant_id = any(?)")) {
            select.setArray(1, SqlArrays.uuids(connection, tenantIds));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(read(rows.getString(1)));
                }
            }
        }
        return records;
    }

    @Override
    public void upsert(Connection connection, R record) throws SQLException {
        // update, else insert: portable (see PersonTable.upsert)
        try (PreparedStatement update = connection.prepareStatement("update " + table
                + " set tenant_id = ?, body = ?, version = ?, updated_at = ?, updated_by = ?, deleted = ? where id = ?");
             PreparedStatement insert = connection.prepareStatement(insertSql())) {
            for (PreparedStatement write : List.of(update, insert)) {
                bindInsert(write, record);
                if (write.executeUpdate() > 0) {
                    return;
                }
            }
        }
    }

    @Override
    public String insertSql() {
        return "insert into " + table + " (tenant_id, body, version, updated_at, updated_by, deleted, id) values (?, ?, ?, ?, ?, ?, ?)";
    }

    @Override
    public void bindInsert(PreparedStatement write, R record) throws SQLException {
        var meta = kind.meta(record);
        write.setObject(1, kind.tenantId(record));
        write.setString(2, Json.write(record));
        write.setLong(3, meta.version());
        write.setObject(4, meta.updatedAt().atOffset(ZoneOffset.UTC));
        write.setString(5, meta.updatedBy());
        write.setBoolean(6, meta.deleted());
        write.setObject(7, kind.id(record));
    }

    private R read(String json) throws SQLException {
        try {
            return Json.MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable " + kind.name() + " record: " + e.getOriginalMessage(), e);
        }
    }
}
