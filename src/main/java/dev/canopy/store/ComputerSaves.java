package dev.canopy.store;

import dev.canopy.domain.computer.Computer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writing computers' own fields in JDBC batches (an import of 100k computers is one command): new ones inserted,
 * stored ones updated in place (their inventory and maintenance history stay attached), one audit row each.
 */
final class ComputerSaves {

    private static final int CHUNK = 1_000;

    private ComputerSaves() {
    }

    /** The stored computers among the ids, removed ones included, without inventory. */
    static Map<UUID, Computer> current(Connection connection, Collection<UUID> ids) throws SQLException {
        List<UUID> all = List.copyOf(new LinkedHashSet<>(ids));
        Map<UUID, Computer> found = new HashMap<>(all.size() * 2);
        for (int from = 0; from < all.size(); from += CHUNK) {
            ComputerQuery.storedWithIds(connection, all.subList(from, Math.min(all.size(), from + CHUNK))).forEach(c -> found.put(c.id(), c));
        }
        return found;
    }

    /** The stored computers (removed ones included) holding these device ids; the ids joined as a table, a chunk at a time. */
    static Map<String, UUID> idsByDevice(Connection connection, java.util.Collection<String> deviceIds) throws SQLException {
        Map<String, UUID> found = new HashMap<>();
        for (List<String> chunk : SqlArrays.chunks(deviceIds)) {
            try (PreparedStatement select = connection.prepareStatement(
                    "select c.device_id, c.id from unnest(?) as w(d) join computer c on c.device_id = w.d")) {
                select.setArray(1, connection.createArrayOf("varchar", chunk.toArray(new String[0])));
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        found.put(r.getString(1), r.getObject(2, UUID.class));
                    }
                }
            }
        }
        return found;
    }

    /** The device id → id of every removed computer, so an import brings a removed computer back rather than doubling it. */
    static Map<String, UUID> deletedByDevice(Connection connection) throws SQLException {
        Map<String, UUID> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select device_id, id from computer where deleted = true");
             ResultSet r = select.executeQuery()) {
            while (r.next()) {
                found.put(r.getString(1), r.getObject(2, UUID.class));
            }
        }
        return found;
    }

    /**
     * Writes the computers (before: each one's stored state, null for a new one) and their audit rows; returns the
     * fields each save changed, in order, as the audit names them.
     */
    static List<Set<String>> save(Connection connection, List<Computer> before, List<Computer> after, Instant now, String actor,
                                  String action) throws SQLException {
        List<Set<String>> changed = new ArrayList<>(after.size());
        try (ComputerInsertBatch insert = new ComputerInsertBatch(connection);
             PreparedStatement update = connection.prepareStatement(ComputerRows.UPDATE_COMPUTER);
             AuditBatch audit = new AuditBatch(connection, now, actor, "computer", action)) {
            int pending = 0;
            for (int i = 0; i < after.size(); i++) {
                Computer c = after.get(i);
                if (before.get(i) == null) {
                    insert.add(c);
                } else {
                    ComputerRows.bind(update, c);
                    update.setObject(15, c.id());
                    update.addBatch();
                }
                RecordDiff.Diff diff = RecordDiff.between(before.get(i), c, c.tenantId());
                changed.add(diff.fields());
                audit.add(c.id(), c.tenantId(), diff.json());
                if (++pending == CHUNK) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            update.executeBatch();
        }
        return changed;
    }
}
