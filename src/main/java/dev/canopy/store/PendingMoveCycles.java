package dev.canopy.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * After a pull, a pending local move rebased on the server's tree can close a loop (here A was moved under B while the
 * server moved B under A). As in a replicated-tree move, the move that would make the cycle is not applied: the tenant
 * goes back under its server parent, and its pending edit stays in the outbox, where the server will refuse it as a cycle
 * and the technician sees why. Found by the convergence property (case seed -279), where the loop hung a later query.
 */
final class PendingMoveCycles {

    private PendingMoveCycles() {
    }

    /** @return how many pending moves were set back to their server parent */
    static int undoCycles(Connection connection, Collection<UUID> tenants) throws SQLException {
        int undone = 0;
        for (UUID start : tenants) {
            List<UUID> loop = loopFrom(connection, start);
            while (!loop.isEmpty()) {
                UUID moved = pendingMoveIn(connection, loop);
                if (moved == null) {
                    break;  // no pending move made it: the server's own tree, which the server keeps free of cycles
                }
                Object serverParent = ShadowRows.find(connection, "tenant", moved, null)
                        .map(s -> s.state() == null ? null : s.state().get("parentId")).orElse(null);
                try (PreparedStatement update = connection.prepareStatement("update tenant set parent_id = ? where id = ?")) {
                    update.setObject(1, serverParent == null ? null : UUID.fromString(serverParent.toString()));
                    update.setObject(2, moved);
                    update.executeUpdate();
                }
                undone++;
                loop = loopFrom(connection, start);
            }
        }
        return undone;
    }

    /** The tenants of the loop the parent chain from this tenant runs into, or empty when it reaches the top. */
    private static List<UUID> loopFrom(Connection connection, UUID start) throws SQLException {
        Set<UUID> seen = new LinkedHashSet<>();
        try (PreparedStatement parent = connection.prepareStatement("select parent_id from tenant where id = ?")) {
            for (UUID current = start; current != null; ) {
                if (!seen.add(current)) {
                    List<UUID> path = new ArrayList<>(seen);
                    return path.subList(path.indexOf(current), path.size());
                }
                parent.setObject(1, current);
                try (ResultSet rows = parent.executeQuery()) {
                    current = rows.next() ? rows.getObject(1, UUID.class) : null;
                }
            }
        }
        return List.of();
    }

    private static UUID pendingMoveIn(Connection connection, List<UUID> loop) throws SQLException {
        for (UUID tenant : loop) {
            if (OutboxTouches.pendingFields(connection, "tenant", tenant, null, -1).contains("parentId")) {
                return tenant;
            }
        }
        return null;
    }
}
