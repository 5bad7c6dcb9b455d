package dev.canopy.store;

import dev.canopy.domain.tenant.Tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writing many tenants in JDBC batches (an import brings 10k clients and sites as one command): new ones inserted
 * with their mappings, stored ones updated with their mappings replaced when they changed, one audit row each.
 */
final class TenantSaves {

    private static final int CHUNK = 1_000;

    private TenantSaves() {
    }

    /** Writes the tenants (before: each one's stored state, null for a new one); returns each save's changes, in order. */
    static List<Map<String, Map<String, Object>>> save(Connection connection, List<Tenant> before, List<Tenant> after, Instant now, String actor,
                                                        String action) throws SQLException {
        List<Map<String, Map<String, Object>>> changes = new ArrayList<>(after.size());
        try (PreparedStatement insert = connection.prepareStatement(TenantTable.INSERT);
             PreparedStatement mappings = connection.prepareStatement(ExternalRefRows.TENANT.insertSql());
             AuditBatch audit = new AuditBatch(connection, now, actor, "tenant", action)) {
            int pending = 0;
            for (int i = 0; i < after.size(); i++) {
                Tenant was = before.get(i);
                Tenant t = after.get(i);
                if (was == null) {
                    TenantTable.bind(insert, t);
                    insert.addBatch();
                    ExternalRefRows.add(mappings, t.id(), t.externalRefs());
                } else {
                    TenantTable.save(connection, was, t);  // updates are few in an import: one statement each
                }
                Map<String, Map<String, Object>> diff = TenantDiff.of(was, t);
                changes.add(diff);
                audit.add(t.id(), t.id(), Json.write(diff));
                if (++pending == CHUNK) {
                    insert.executeBatch();
                    mappings.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
            mappings.executeBatch();
        }
        return changes;
    }
}
