package dev.canopy.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Small per-client values kept in the client_setting table (the last outbox mutation id, …). */
final class ClientSettings {

    static final String LAST_MUTATION_ID = "lastMutationId";
    static final String CLIENT_ID = "clientId";
    static final String CURSOR = "syncCursor";
    static final String EVER_SYNCED = "everSynced";
    /** "true" while a server is connected: edits then keep the shadows a pull rebases against. */
    static final String TRACKING = "syncTracking";

    private ClientSettings() {
    }

    /** The next per-client mutation id; a counter, so ids never repeat after the outbox is drained. */
    static long nextMutationId(Connection connection) throws SQLException {
        String current = get(connection, LAST_MUTATION_ID);
        long next = current == null ? 1 : Long.parseLong(current) + 1;
        put(connection, LAST_MUTATION_ID, Long.toString(next), current != null);
        return next;
    }

    static String get(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select setting_value from client_setting where setting_key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** Sets a value, inserting the key when it is new. */
    static void set(Connection connection, String key, String value) throws SQLException {
        put(connection, key, value, get(connection, key) != null);
    }

    private static void put(Connection connection, String key, String value, boolean exists) throws SQLException {
        try (PreparedStatement write = connection.prepareStatement(exists
                ? "update client_setting set setting_value = ? where setting_key = ?"
                : "insert into client_setting (setting_value, setting_key) values (?, ?)")) {
            write.setString(1, value);
            write.setString(2, key);
            write.executeUpdate();
        }
    }
}
