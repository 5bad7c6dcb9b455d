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
        // a technician reassigns in a running app: both sides warm up on a few computers, moved there
        // and back, before the timed run
        List<UUID> few = ids.subList(0, Math.min(20, ids.size()));
        for (int rep = 0; rep < repetitions; rep++) {
            UUID to = rep % 2 == 0 ? first : second;
            UUID away = rep % 2 == 0 ? second : first;
            try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
                jdbcBatch(connection, few, away);
                jdbcBatch(connection, few, to);
                floor.add(jdbcBatch(connection, ids, to));
            }
            try (LocalStore store = LocalStore.open(folder)) {
                // the floor left every computer in "to": move a few away and back, then all of them away
                store.execute(ReassignComputers.to(away, few));
                store.execute(ReassignComputers.to(to, few));
                long start = System.nanoTime();
                store.execute(ReassignComputers.to(away, ids));
                command.add((System.nanoTime() - start) / 1e6);
            }
        }
        return new Result(new Measurement(command), new Measurement(floor));
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
