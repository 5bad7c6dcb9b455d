package dev.canopy.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The audit rows of one bulk write (an import's or a reassign's thousands of computers), all of one entity and action:
 * a thousand rows per insert-select over arrays, which H2 runs about twice as fast as a JDBC batch of single inserts.
 */
final class AuditBatch implements AutoCloseable {

    private static final int CHUNK = 1_000;

    private final Connection connection;
    private final PreparedStatement insert;
    private final List<UUID> records = new ArrayList<>(CHUNK);
    private final List<UUID> tenants = new ArrayList<>(CHUNK);
    private final List<String> changes = new ArrayList<>(CHUNK);

    AuditBatch(Connection connection, Instant at, String actor, String entity, String action) throws SQLException {
        this.connection = connection;
        this.insert = connection.prepareStatement("insert into audit_entry (at, actor, entity, record_id, tenant_id, action, changes)"
                + " select ?, ?, ?, w.r, w.t, ?, w.c from unnest(?, ?, ?) as w(r, t, c)");
        insert.setObject(1, at.atOffset(ZoneOffset.UTC));
        insert.setString(2, actor);
        insert.setString(3, entity);
        insert.setString(4, action);
    }

    /** One record's entry: its tenant and its changes as {@link RecordDiff} writes them. */
    void add(UUID recordId, UUID tenantId, String recordChanges) throws SQLException {
        records.add(recordId);
        tenants.add(tenantId);
        changes.add(recordChanges);
        if (records.size() == CHUNK) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        insert.setArray(5, SqlArrays.uuids(connection, records));
        insert.setArray(6, SqlArrays.uuids(connection, tenants));
        insert.setArray(7, connection.createArrayOf("varchar", changes.toArray(new String[0])));
        insert.executeUpdate();
        records.clear();
        tenants.clear();
        changes.clear();
    }

    /** Writes what is left, then closes the statement. */
    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            insert.close();
        }
    }
}
