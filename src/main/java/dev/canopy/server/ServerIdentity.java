package dev.canopy.server;

import dev.canopy.store.StoredRecords;
import dev.canopy.sync.Identity;

import java.sql.Connection;
import java.sql.SQLException;

/** Answers {@code GET /api/v1/me}: the caller as the server knows them, and whether the server holds any tenant. */
final class ServerIdentity {

    private ServerIdentity() {
    }

    static Identity of(Connection connection, Caller caller) throws SQLException {
        String tenantName = caller.tenantId() == null ? null
                : StoredRecords.read(connection, "tenant", caller.tenantId(), null)
                        .map(t -> String.valueOf(t.fields().get("name"))).orElse(null);
        return new Identity(caller.email(), caller.role().name(), caller.tenantId(), tenantName, StoredRecords.anyTenant(connection));
    }
}
