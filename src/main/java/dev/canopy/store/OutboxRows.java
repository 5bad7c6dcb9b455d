package dev.canopy.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The outbox table: what sync will push, in the order it was done. */
final class OutboxRows {

    private OutboxRows() {
    }

    static void append(Connection connection, OutboxMutation mutation) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into outbox_mutation (id, name, args, base_version, created_at) values (?, ?, ?, ?, ?)")) {
            insert.setLong(1, mutation.id());
            insert.setString(2, mutation.name());
            insert.setString(3, mutation.args());
            insert.setLong(4, mutation.baseVersion());
            insert.setObject(5, mutation.createdAt().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    static List<OutboxMutation> all(Connection connection) throws SQLException {
        List<OutboxMutation> mutations = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("select id, name, args, base_version, created_at from outbox_mutation order by id")) {
            while (rows.next()) {
                mutations.add(new OutboxMutation(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                        rows.getObject(5, OffsetDateTime.class).toInstant()));
            }
        }
        return mutations;
    }
}
