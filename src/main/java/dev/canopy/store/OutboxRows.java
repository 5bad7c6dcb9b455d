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

    /** What the server needs of a mutation besides its name and arguments, and what the sync panel shows. */
    record Target(String entity, java.util.UUID id, String key, java.util.Collection<String> fields, String summary) {
    }

    static void append(Connection connection, OutboxMutation mutation, Target target) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into outbox_mutation (id, name, args, base_version,"
                + " created_at, entity, target_id, target_key, fields, summary) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, mutation.id());
            insert.setString(2, mutation.name());
            // as characters, not a String parameter: H2 hashes a String parameter whole (an import part's is ~700 KB)
            insert.setCharacterStream(3, new java.io.StringReader(mutation.args()), mutation.args().length());
            insert.setLong(4, mutation.baseVersion());
            insert.setObject(5, mutation.createdAt().atOffset(ZoneOffset.UTC));
            insert.setString(6, target.entity());
            insert.setObject(7, target.id());
            insert.setString(8, target.key() == null ? "" : target.key());
            insert.setString(9, Json.write(target.fields()));
            insert.setString(10, target.summary() == null ? "" : truncate(target.summary()));
            insert.executeUpdate();
        }
    }

    private static String truncate(String summary) {
        return summary.length() <= 1000 ? summary : summary.substring(0, 999) + "…";
    }

    /** The outbox as sync pushes it, oldest first. */
    static List<PendingEdit> pending(Connection connection) throws SQLException {
        return pending(connection, "", null);
    }

    /** One pending mutation, or null. */
    static PendingEdit find(Connection connection, long id) throws SQLException {
        List<PendingEdit> found = pending(connection, " where id = ?", id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The record a pending mutation targets: entity, id and key (for a preference), or null when there is no such mutation. */
    static Target target(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select entity, target_id, target_key, fields, summary from outbox_mutation where id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? new Target(rows.getString(1), rows.getObject(2, java.util.UUID.class), rows.getString(3),
                        OutboxTouches.fields(rows.getString(4)), rows.getString(5)) : null;
            }
        }
    }

    private static List<PendingEdit> pending(Connection connection, String where, Long id) throws SQLException {
        List<PendingEdit> edits = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, name, args, base_version, fields, created_at, summary"
                + " from outbox_mutation" + where + " order by id")) {
            if (id != null) {
                select.setLong(1, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    edits.add(new PendingEdit(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                            List.copyOf(OutboxTouches.fields(rows.getString(5))), rows.getObject(6, OffsetDateTime.class).toInstant(),
                            rows.getString(7)));
                }
            }
        }
        return edits;
    }

    /** Removes a mutation and its touched-record rows. */
    static void remove(Connection connection, long id) throws SQLException {
        OutboxTouches.remove(connection, id);
        try (PreparedStatement delete = connection.prepareStatement("delete from outbox_mutation where id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
    }

    static void removeAll(Connection connection) throws SQLException {
        OutboxTouches.removeAll(connection);
        try (Statement delete = connection.createStatement()) {
            delete.executeUpdate("delete from outbox_mutation");
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
