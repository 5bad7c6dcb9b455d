package dev.canopy.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reassigning thousands of computers in one command: reads and updates in JDBC batches on the
 * command's own connection (inside its transaction), with one audit row per computer.
 */
final class BulkComputerWrites {

    private static final int CHUNK = 1_000;

    private BulkComputerWrites() {
    }

    /**
     * id → tenant id of the live computers among the ids, joined as a table: with "= any(?)" H2 checks each row it
     * finds against every id of the array again.
     */
    static Map<UUID, UUID> tenantsOf(Connection connection, List<UUID> ids) throws SQLException {
        Map<UUID, UUID> tenants = new HashMap<>(ids.size() * 2);
        for (List<UUID> chunk : SqlArrays.chunks(ids)) {
            try (PreparedStatement select = connection.prepareStatement("select c.id, c.tenant_id from unnest(?) as wanted(k)"
                    + " join computer c on c.id = wanted.k where c.deleted = false")) {
                select.setArray(1, SqlArrays.uuids(connection, chunk));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        tenants.put(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
                    }
                }
            }
        }
        return tenants;
    }

    /** Moves the computers and writes their audit rows (before/after of tenantId). */
    static void move(Connection connection, UUID tenantId, List<UUID> ids, Map<UUID, UUID> before,
                     Instant now, String actor, String action) throws SQLException {
        var at = now.atOffset(ZoneOffset.UTC);
        try (PreparedStatement update = connection.prepareStatement(
                "update computer set tenant_id = ?, updated_at = ?, updated_by = ? where id = ?");
             AuditBatch audit = new AuditBatch(connection, now, actor, "computer", action)) {
            int pending = 0;
            for (UUID id : ids) {
                update.setObject(1, tenantId);
                update.setObject(2, at);
                update.setString(3, actor);
                update.setObject(4, id);
                update.addBatch();
                audit.add(id, tenantId, "{\"tenantId\":{\"before\":\"" + before.get(id) + "\",\"after\":\"" + tenantId + "\"}}");
                if (++pending == CHUNK) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
    }
}
