package dev.canopy.store;

import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the tree's snapshot: live tenants in one query, with their live computers counted per tenant (cached between writes that change them). */
final class HierarchyQuery {

    private HierarchyQuery() {
    }

    static TenantHierarchy load(DataSource dataSource, ComputerCountCache counts) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Map<UUID, Integer> computers = counts.perTenant(connection);
            List<TenantNode> nodes = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "select id, parent_id, name, kind, time_zone from tenant where deleted = false")) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    nodes.add(new TenantNode(id, rows.getObject(2, UUID.class), rows.getString(3),
                            TenantKind.valueOf(rows.getString(4)), rows.getString(5), computers.getOrDefault(id, 0)));
                }
            }
            return new TenantHierarchy(nodes);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the tenant tree: " + LocalStore.rootMessage(e), e);
        }
    }
}
