package dev.canopy.server;

import dev.canopy.store.JdbcWorkspace.SavedRecord;
import dev.canopy.store.StoredRecords;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The server's change sequence and its log. A push takes the sequence row for update first and holds it until
 * it commits, so pushes (on every server process) write one at a time and sequence numbers become visible in
 * order: a pull that has read up to N never later finds a change below N that it missed.
 */
final class ChangeLog {

    /** One logged change, as a pull reads it. */
    record Entry(long seq, String entity, UUID recordId, String key, UUID tenantId, UUID previousTenantId) {
    }

    private ChangeLog() {
    }

    /** Takes the sequence for this transaction; returns its current value. */
    static long lock(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select last_seq from sync_sequence where id = 1 for update");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static long current(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select last_seq from sync_sequence where id = 1");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void store(Connection connection, long value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update sync_sequence set last_seq = ? where id = 1")) {
            update.setLong(1, value);
            update.executeUpdate();
        }
    }

    /** Logs one saved record under its own sequence number, stamps the record with it and notes its changed fields. */
    static void append(Connection connection, long seq, SavedRecord saved, String clientId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into sync_change (seq, entity, record_id, record_key,"
                + " tenant_id, previous_tenant_id) values (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, seq);
            insert.setString(2, saved.entity());
            insert.setObject(3, saved.id());
            insert.setString(4, saved.key());
            insert.setObject(5, saved.tenantId());
            insert.setObject(6, saved.previousTenantId());
            insert.executeUpdate();
        }
        StoredRecords.stampVersion(connection, saved.entity(), saved.id(), saved.key(), seq);
        try (PreparedStatement update = connection.prepareStatement(
                "update sync_field_version set seq = ?, client_id = ? where entity = ? and record_id = ? and field = ?");
             PreparedStatement insert = connection.prepareStatement(
                     "insert into sync_field_version (seq, client_id, entity, record_id, field) values (?, ?, ?, ?, ?)")) {
            for (String field : saved.fields()) {
                for (PreparedStatement write : List.of(update, insert)) {
                    write.setLong(1, seq);
                    write.setString(2, clientId);
                    write.setString(3, saved.entity());
                    write.setObject(4, saved.id());
                    write.setString(5, field);
                    if (write.executeUpdate() > 0) {
                        break;  // updated: the field had a version already; else inserted
                    }
                }
            }
        }
    }

    /** The fields among these whose last accepted change is newer than the base version and made by another client. */
    static List<String> changedSince(Connection connection, String entity, UUID id, List<String> fields, long baseVersion,
                                     String clientId) throws SQLException {
        List<String> changed = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select field from sync_field_version where entity = ? and record_id = ? and seq > ? and client_id <> ?")) {
            select.setString(1, entity);
            select.setObject(2, id);
            select.setLong(3, baseVersion);
            select.setString(4, clientId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (fields.contains(rows.getString(1))) {
                        changed.add(rows.getString(1));
                    }
                }
            }
        }
        return changed;
    }

    /** Up to limit entries after since, in order. */
    static List<Entry> after(Connection connection, long since, int limit) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select seq, entity, record_id, record_key, tenant_id,"
                + " previous_tenant_id from sync_change where seq > ? order by seq limit ?")) {
            select.setLong(1, since);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(rows.getLong(1), rows.getString(2), rows.getObject(3, UUID.class), rows.getString(4),
                            rows.getObject(5, UUID.class), rows.getObject(6, UUID.class)));
                }
            }
        }
        return entries;
    }
}
