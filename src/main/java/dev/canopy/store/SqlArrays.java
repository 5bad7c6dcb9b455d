package dev.canopy.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/** A list of ids as one SQL array parameter ({@code column = any(?)}), the same way on H2 and PostgreSQL. */
final class SqlArrays {

    private SqlArrays() {
    }

    static Array uuids(Connection connection, Collection<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray(new UUID[0]));
    }
}
