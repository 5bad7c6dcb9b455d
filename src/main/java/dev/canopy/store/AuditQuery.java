package dev.canopy.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the audit, newest first: all of it, one tenant's (the tenant itself and what it owns or
 * received), or one record's; optionally one kind of record and entries since a moment.
 *
 * @param tenantId null for every tenant
 * @param recordId null for every record
 * @param entity   null for every kind ("tenant", "computer", "person", "schedule", "deployment", "preference")
 * @param since    null for all time
 */
public record AuditQuery(UUID tenantId, UUID recordId, String entity, Instant since, int limit) {

    List<AuditRecord> run(Connection connection) throws SQLException {
        StringBuilder sql = new StringBuilder("select id, at, actor, entity, record_id, tenant_id, action, changes from audit_entry where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (tenantId != null) {
            sql.append(" and (tenant_id = ? or record_id = ?)");
            params.add(tenantId);
            params.add(tenantId);
        }
        if (recordId != null) {
            sql.append(" and record_id = ?");
            params.add(recordId);
        }
        if (entity != null) {
            sql.append(" and entity = ?");
            params.add(entity);
        }
        if (since != null) {
            sql.append(" and at >= ?");
            params.add(since.atOffset(ZoneOffset.UTC));
        }
        sql.append(" order by id desc limit ?");
        params.add(limit);
        List<AuditRecord> records = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                select.setObject(i + 1, params.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(new AuditRecord(rows.getLong(1), rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getString(3),
                            rows.getString(4), rows.getObject(5, UUID.class), rows.getObject(6, UUID.class), rows.getString(7), RecordDiff.readable(rows.getString(8), rows.getObject(5, UUID.class), rows.getObject(6, UUID.class))));
                }
            }
        }
        return records;
    }
}
