package dev.canopy.bench;

import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.LocalStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reassigning N computers with Canopy's command (one transaction with audit and outbox rows)
 * against the floor: a plain JDBC batch update of the same rows on the same H2 file.
 */
final class ReassignBench {

    record Result(Measurement command, Measurement floor) {
    }

    private ReassignBench() {
    }

    static Result run(Path folder, int count, int repetitions) throws SQLException {
        List<UUID> ids;
        UUID first;
        UUID second;
        try (LocalStore store = LocalStore.open(folder)) {
            TenantHierarchy hierarchy = store.loadHierarchy();
            List<TenantNode> clients = hierarchy.children(hierarchy.root().orElseThrow().id());
            first = clients.get(0).id();
            second = clients.get(1).id();
        }
        String url = "jdbc:h2:file:" + folder.resolve("canopy");
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            ids = computerIds(connection, count);
        }
        List<Double> floor = new ArrayList<>();
        List<Double> command = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            jdbcBatch(connection, ids, first);  // untimed: every row starts in the first client
        }
        // Each repetition the rows are in one client and both sides move every one of them for real: the floor to the
        // other client, then the command back (next repetition the command first, then the floor), so both alternate
        // between the same two targets with the same rows and indexes and neither ever writes a tenant a row already
        // holds (H2 would skip the index work). A technician reassigns in a running app: before its timed move each
        // side warms up by moving a few of the rows to the target and back.
        List<UUID> few = ids.subList(0, Math.min(20, ids.size()));
        UUID at = first;
        for (int rep = 0; rep < repetitions; rep++) {
            boolean floorFirst = rep % 2 == 0;
            for (int side = 0; side < 2; side++) {
                UUID to = at.equals(first) ? second : first;
                if ((side == 0) == floorFirst) {
                    floor.add(floorMove(url, ids, few, at, to));
                } else {
                    command.add(commandMove(folder, ids, few, at, to));
                }
                requireAllIn(url, ids, to);
                at = to;
            }
        }
        return new Result(new Measurement(command), new Measurement(floor));
    }

    private static double floorMove(String url, List<UUID> ids, List<UUID> few, UUID from, UUID to) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            jdbcBatch(connection, few, to);
            jdbcBatch(connection, few, from);
            return jdbcBatch(connection, ids, to);
        }
    }

    private static double commandMove(Path folder, List<UUID> ids, List<UUID> few, UUID from, UUID to) {
        try (LocalStore store = LocalStore.open(folder)) {
            store.execute(ReassignComputers.to(to, few));
            store.execute(ReassignComputers.to(from, few));
            long start = System.nanoTime();
            store.execute(ReassignComputers.to(to, ids));
            return (System.nanoTime() - start) / 1e6;
        }
    }

    /** Both sides must have moved every row: a side that moved fewer would make the ratio a lie. */
    private static void requireAllIn(String url, List<UUID> ids, UUID tenant) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             PreparedStatement count = connection.prepareStatement("select count(*) from computer where tenant_id = ? and id = any(?)")) {
            count.setObject(1, tenant);
            count.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                if (rows.getInt(1) != ids.size()) {
                    throw new IllegalStateException("reassign bench: " + rows.getInt(1) + " of " + ids.size() + " computers in " + tenant);
                }
            }
        }
    }

    private static List<UUID> computerIds(Connection connection, int count) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id from computer where deleted = false order by id limit ?")) {
            select.setInt(1, count);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    private static double jdbcBatch(Connection connection, List<UUID> ids, UUID tenant) throws SQLException {
        connection.setAutoCommit(false);
        long start = System.nanoTime();
        try (PreparedStatement update = connection.prepareStatement("update computer set tenant_id = ? where id = ?")) {
            for (UUID id : ids) {
                update.setObject(1, tenant);
                update.setObject(2, id);
                update.addBatch();
            }
            update.executeBatch();
        }
        connection.commit();
        return (System.nanoTime() - start) / 1e6;
    }
}
