package dev.canopy.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Takes one edit out of the outbox without it being applied (a CONFLICT, a REJECTED, a revoke, or the technician
 * dropping it) and puts the records it touched back to the server's state, keeping the fields a later pending edit
 * also changes. Records whose server state is not known (edited before a server was connected) stay as they are.
 */
final class EditUndo {

    /** The server's record that replaces a record's shadow (a CONFLICT's current), or null. */
    record Theirs(String entity, UUID id, String key, Map<String, Object> state) {
        boolean names(OutboxTouches.Touch touch) {
            return touch.entity().equals(entity) && touch.id().equals(id) && touch.key().equals(key == null ? "" : key);
        }
    }

    private EditUndo() {
    }

    static void leave(Connection connection, long mutationId, Theirs theirs) throws SQLException {
        List<OutboxTouches.Touch> touches = OutboxTouches.ofMutation(connection, mutationId);
        OutboxRows.remove(connection, mutationId);
        try (PreparedStatement computers = connection.prepareStatement("update computer set tenant_id = ?, version = ? where id = ?")) {
            boolean batched = false;
            for (OutboxTouches.Touch touch : touches) {
                boolean isTheirs = theirs != null && theirs.names(touch);
                ShadowRows.Shadow base = isTheirs ? new ShadowRows.Shadow(theirs.state(), PulledRecords.version(theirs.state()))
                        : ShadowRows.find(connection, touch.entity(), touch.id(), touch.key()).orElse(null);
                if (base == null) {
                    continue;
                }
                Set<String> still = OutboxTouches.pendingFields(connection, touch.entity(), touch.id(), touch.key(), mutationId);
                if (touch.entity().equals("computer")) {
                    batched |= restoreComputer(computers, touch.id(), base, still);
                } else if (base.state() == null) {
                    if (still.isEmpty()) {
                        PulledRecords.tombstone(connection, touch.entity(), touch.id(), touch.key());  // it was made here only
                    }
                } else {
                    PulledRecords.write(connection, touch.entity(), touch.id(), touch.key(), base.state(), still);
                }
                if (isTheirs && !still.isEmpty()) {
                    ShadowRows.put(connection, touch.entity(), touch.id(), touch.key(), base.state(), base.version());
                }
            }
            if (batched) {
                computers.executeBatch();
            }
        }
    }

    /** A reassign changes only a computer's tenant: it goes back in one batched update per computer. */
    private static boolean restoreComputer(PreparedStatement update, UUID id, ShadowRows.Shadow base, Set<String> still) throws SQLException {
        Object tenant = base.state() == null ? null : base.state().get("tenantId");
        if (tenant == null || still.contains("tenantId")) {
            return false;
        }
        update.setObject(1, UUID.fromString(tenant.toString()));
        update.setLong(2, base.version());
        update.setObject(3, id);
        update.addBatch();
        return true;
    }
}
