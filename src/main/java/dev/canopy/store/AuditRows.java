package dev.canopy.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** Appends audit entries inside the caller's transaction; nothing edits or deletes them. */
final class AuditRows {

    static final String INSERT = "insert into audit_entry (at, actor, entity, record_id, tenant_id, action, changes) values (?, ?, ?, ?, ?, ?, ?)";

    private AuditRows() {
    }

    static void append(Connection connection, Instant at, String actor, String entity, UUID recordId, UUID tenantId,
                       String action, String changes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, at.atOffset(ZoneOffset.UTC));
            insert.setString(2, actor);
            insert.setString(3, entity);
            insert.setObject(4, recordId);
            insert.setObject(5, tenantId);
            insert.setString(6, action);
            insert.setString(7, changes);
            insert.executeUpdate();
        }
    }
}
