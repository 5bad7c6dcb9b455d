package dev.canopy.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.canopy.sync.MutationResult;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Which mutations each client has pushed and what they got, so a retried push (same client, same ids) applies
 * nothing twice and answers the same; and which account a client id belongs to, so no one answers for another's.
 */
final class ProcessedMutations {

    private ProcessedMutations() {
    }

    /** Registers the client for the account (first push) and refuses a client id another account already uses. */
    static long claim(Connection connection, String clientId, UUID accountId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select account_id, last_mutation_id from sync_client where client_id = ?")) {
            select.setString(1, clientId);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    if (!rows.getObject(1, UUID.class).equals(accountId)) {
                        throw SyncException.forbidden("The client id \"" + clientId + "\" belongs to another account.");
                    }
                    return rows.getLong(2);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into sync_client (client_id, account_id, last_mutation_id) values (?, ?, 0)")) {
            insert.setString(1, clientId);
            insert.setObject(2, accountId);
            insert.executeUpdate();
        }
        return 0;
    }

    /**
     * Records the scope the client pulls with and says whether it differs from the one it pulled with before (a
     * first pull has nothing to differ from).
     */
    static boolean scopeChanged(Connection connection, String clientId, Caller caller) throws SQLException {
        UUID tenant = null;
        String role = null;
        try (PreparedStatement select = connection.prepareStatement("select scope_tenant_id, scope_role from sync_client where client_id = ?")) {
            select.setString(1, clientId);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    tenant = rows.getObject(1, UUID.class);
                    role = rows.getString(2);
                }
            }
        }
        boolean changed = role != null && (!role.equals(caller.role().name()) || !java.util.Objects.equals(tenant, caller.tenantId()));
        try (PreparedStatement update = connection.prepareStatement(
                "update sync_client set scope_tenant_id = ?, scope_role = ? where client_id = ?")) {
            update.setObject(1, caller.tenantId());
            update.setString(2, caller.role().name());
            update.setString(3, clientId);
            update.executeUpdate();
        }
        return changed;
    }

    static void advance(Connection connection, String clientId, long lastMutationId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update sync_client set last_mutation_id = ? where client_id = ?")) {
            update.setLong(1, lastMutationId);
            update.setString(2, clientId);
            update.executeUpdate();
        }
    }

    static Optional<MutationResult> result(Connection connection, String clientId, long mutationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select result from sync_processed_mutation where client_id = ? and mutation_id = ?")) {
            select.setString(1, clientId);
            select.setLong(2, mutationId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows.getString(1))) : Optional.empty();
            }
        }
    }

    static void record(Connection connection, String clientId, MutationResult result) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into sync_processed_mutation (client_id, mutation_id, result) values (?, ?, ?)")) {
            insert.setString(1, clientId);
            insert.setLong(2, result.id());
            insert.setString(3, write(result));
            insert.executeUpdate();
        }
    }

    private static MutationResult read(String json) {
        try {
            return ProtocolJson.MAPPER.readValue(json, MutationResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored mutation result is not readable", e);
        }
    }

    private static String write(MutationResult result) {
        try {
            return ProtocolJson.MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a mutation result cannot be written", e);
        }
    }
}
