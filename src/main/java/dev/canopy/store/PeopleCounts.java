package dev.canopy.store;

import dev.canopy.domain.person.Role;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Active people of some tenants counted by role, in one grouped query (the overview's people card). */
final class PeopleCounts {

    private PeopleCounts() {
    }

    /** Every role present with its count (0 when none); people without a role under an empty key. */
    static Map<Optional<Role>, Integer> byRole(Connection connection, Collection<UUID> tenantIds) throws SQLException {
        Map<Optional<Role>, Integer> counts = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            counts.put(Optional.of(role), 0);
        }
        counts.put(Optional.empty(), 0);
        if (tenantIds.isEmpty()) {
            return counts;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select role, count(*) from person where tenant_id = any(?) and deleted = false and active = true group by role")) {
            select.setArray(1, SqlArrays.uuids(connection, tenantIds));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String role = rows.getString(1);
                    counts.put(role == null ? Optional.empty() : Optional.of(Role.valueOf(role)), rows.getInt(2));
                }
            }
        }
        return counts;
    }
}
