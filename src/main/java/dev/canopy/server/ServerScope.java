package dev.canopy.server;

import dev.canopy.domain.person.Role;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a caller reaches (DESIGN.md §1): their tenant and its whole subtree. An MSP admin or technician with no
 * tenant yet (a new server before its first publish) reaches everything. Read once per request from the request's
 * own transaction, so the scope and the records it judges come from one snapshot, and told of the tenants the
 * request's own applied mutations create or move.
 */
final class ServerScope {

    private final Map<UUID, UUID> parents;
    private final UUID top;
    private final boolean everything;

    private final Connection connection;

    private ServerScope(Map<UUID, UUID> parents, UUID top, boolean everything) {
        this.parents = parents;
        this.top = top;
        this.everything = everything;
        this.connection = null;
    }

    /** An MSP-wide scope: reaches everything; whether a tenant exists is asked of the database when needed. */
    private ServerScope(Connection connection, UUID top) {
        this.parents = null;
        this.top = top;
        this.everything = true;
        this.connection = connection;
    }

    private static boolean isRoot(Connection connection, UUID tenantId) throws SQLException {
        try (var select = connection.prepareStatement("select parent_id from tenant where id = ?")) {
            select.setObject(1, tenantId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() && rows.getObject(1) == null;
            }
        }
    }

    static ServerScope of(Connection connection, Caller caller) throws SQLException {
        boolean mspWide = caller.role() == Role.MSP_ADMIN || caller.role() == Role.TECHNICIAN;
        if (mspWide && (caller.tenantId() == null || isRoot(connection, caller.tenantId()))) {
            return new ServerScope(connection, caller.tenantId());  // reaches everything: no need to read the tree
        }
        Map<UUID, UUID> parents = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("select id, parent_id from tenant")) {
            while (rows.next()) {
                parents.put(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
            }
        }
        return new ServerScope(parents, caller.tenantId(), false);
    }

    /** Whether the tenant is the caller's tenant or lies below it (as the tenants stand in this snapshot). */
    boolean reaches(UUID tenantId) {
        if (tenantId == null) {
            return false;
        }
        if (everything) {
            return true;
        }
        for (UUID current = tenantId; current != null; current = parents.get(current)) {
            if (current.equals(top)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the tenant is the caller's own (the top of their reach, whatever its parent). */
    boolean isTop(UUID tenantId) {
        return tenantId != null && tenantId.equals(top);
    }

    /**
     * A tenant an applied mutation of this request created or moved, under its new parent: the request's later
     * mutations judge by the tree as it now stands (an MSP-wide scope asks the database, which already knows).
     */
    void placed(UUID tenantId, UUID parentId) {
        if (parents != null) {
            parents.put(tenantId, parentId);
        }
    }

    /** Whether the tenant existed when this scope was read or was placed since (a tenant a push creates is not, until then). */
    boolean knows(UUID tenantId) {
        if (parents != null) {
            return parents.containsKey(tenantId);
        }
        try (var select = connection.prepareStatement("select 1 from tenant where id = ?")) {
            select.setObject(1, tenantId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the tenant tree", e);
        }
    }

    /** Whether the caller may create a tenant with no parent (the MSP root): only on an empty server, by an MSP admin. */
    boolean everything() {
        return everything;
    }
}
