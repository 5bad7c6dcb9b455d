package dev.canopy.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Takes one edit out of the outbox without it being applied (a CONFLICT, a REJECTED, a revoke, or the technician
 * dropping it) and puts the records it touched back to the server's state. A drop keeps the fields a later pending
 * edit also changes (the technician still wants those); after the server's refusal only the later edits' other
 * fields are kept: a later edit of the same field was made on top of the refused one and may have carried its effect
 * (a merge of the tenant a refused merge filled), which the server applies without it, so only the server's state
 * is safe there until the next pull brings what the later edit did.
 * Records whose server state is not known (edited before a server was connected) stay as they are.
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
        leave(connection, mutationId, theirs, false);
    }

    /** As {@link #leave(Connection, long, Theirs)}, keeping the fields later pending edits change when asked (a drop). */
    static void leave(Connection connection, long mutationId, Theirs theirs, boolean keepLaterEdits) throws SQLException {
        restoreComputers(connection, mutationId, keepLaterEdits);
        List<OutboxTouches.Touch> touches = OutboxTouches.ofMutation(connection, mutationId);
        OutboxRows.remove(connection, mutationId);
        for (OutboxTouches.Touch touch : touches) {
            if (touch.entity().equals("computer") && touch.fields().equals(Set.of("tenantId"))) {
                continue;  // a move only: restoreComputers put its tenant back
            }
            boolean isTheirs = theirs != null && theirs.names(touch);
            ShadowRows.Shadow base = isTheirs ? new ShadowRows.Shadow(theirs.state(), PulledRecords.version(theirs.state()))
                    : ShadowRows.find(connection, touch.entity(), touch.id(), touch.key()).orElse(null);
            if (base == null) {
                continue;
            }
            Set<String> pending = OutboxTouches.pendingFields(connection, touch.entity(), touch.id(), touch.key(), mutationId);
            Set<String> still = keepLaterEdits ? pending : withoutFieldsOf(touch, pending);
            if (base.state() == null) {
                if (still.isEmpty()) {
                    PulledRecords.tombstone(connection, touch.entity(), touch.id(), touch.key());  // it was made here only
                }
            } else {
                PulledRecords.write(connection, touch.entity(), touch.id(), touch.key(), base.state(), still);
            }
            if (isTheirs && !pending.isEmpty()) {
                ShadowRows.put(connection, touch.entity(), touch.id(), touch.key(), base.state(), base.version());
            }
        }
    }

    /** The later edits' fields this edit did not also change: those cannot have been built on what was refused. */
    private static Set<String> withoutFieldsOf(OutboxTouches.Touch touch, Set<String> pending) {
        Set<String> kept = new java.util.HashSet<>(pending);
        kept.removeAll(touch.fields());
        return kept;
    }

    /**
     * A reassign changes only computers' tenants: those no other pending edit moves go back to their shadow's tenant
     * and meta, read in one query and written in one batch (a reassign may have moved 10k computers). An import that
     * only moved a computer is taken back here too ({@link #leave} skips move-only touches), from its whole shadow.
     */
    private static void restoreComputers(Connection connection, long mutationId, boolean keepLaterEdits) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select t.record_id, s.state, s.version from outbox_touch t"
                + " join sync_shadow s on s.entity = 'computer' and s.record_id = t.record_id and s.setting_key = ''"
                + " where " + OutboxTouches.ofMutation("t") + " and t.entity = 'computer' and s.state is not null"
                + (keepLaterEdits ? " and not exists (select 1 from outbox_touch o where o.entity = 'computer' and o.record_id = t.record_id"
                + " and o.setting_key = '' and o.mutation_id <> t.mutation_id)" : ""));
             PreparedStatement update = connection.prepareStatement("update computer set tenant_id = ?, version = ?,"
                     + " updated_at = coalesce(?, updated_at), updated_by = coalesce(?, updated_by) where id = ?")) {
            OutboxTouches.bindRange(select, 1, mutationId);
            int batched = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Map<String, Object> shadow = ShadowRows.parse(rows.getString(2));
                    Object tenant = shadow.get("tenantId");
                    if (tenant != null) {
                        // the server's meta too, or the computer would show the refused edit as its last change
                        Object at = ShadowRows.computerMeta(shadow, "updatedAt");
                        Object by = ShadowRows.computerMeta(shadow, "updatedBy");
                        update.setObject(1, UUID.fromString(tenant.toString()));
                        update.setLong(2, rows.getLong(3));
                        update.setObject(3, at == null ? null : java.time.OffsetDateTime.parse(at.toString()));
                        update.setString(4, by == null ? null : by.toString());
                        update.setObject(5, rows.getObject(1, UUID.class));
                        update.addBatch();
                        if (++batched % 1_000 == 0) {
                            update.executeBatch();
                        }
                    }
                }
            }
            update.executeBatch();
        }
    }
}
