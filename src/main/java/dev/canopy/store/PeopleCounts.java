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

/** Active people's tenants and roles, read in one scan (the overview counts them by role per subtree). */
final class PeopleCounts {

    private PeopleCounts() {
    }

    /** Every live, active person's tenant and role (null for none): what the overview counts from. */
    static void scan(Connection connection, java.util.function.BiConsumer<UUID, Role> sink) throws SQLException {
        try (java.sql.Statement st = connection.createStatement();
             ResultSet rows = st.executeQuery("select tenant_id, role from person where deleted = false and active = true")) {
            while (rows.next()) {
                String role = rows.getString(2);
                sink.accept(rows.getObject(1, UUID.class), role == null ? null : Role.valueOf(role));
            }
        }
    }
}
