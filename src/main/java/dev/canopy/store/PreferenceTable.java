package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.TenantPreference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenants' own settings: one row per tenant and key that is not "inherit". */
final class PreferenceTable {

    private static final String COLUMNS = "tenant_id, setting_key, mode, setting_value, version, updated_at, updated_by";

    private PreferenceTable() {
    }

    static Optional<TenantPreference> find(Connection connection, UUID tenantId, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select " + COLUMNS + " from tenant_preference where tenant_id = ? and setting_key = ?")) {
            select.setObject(1, tenantId);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    static List<TenantPreference> all(Connection connection) throws SQLException {
        List<TenantPreference> all = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from tenant_preference");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                all.add(read(rows));
            }
        }
        return all;
    }

    /** The stored preferences of these tenants (the ids joined as a table, see {@link PersonTable#findAll}). */
    static List<TenantPreference> ofTenants(Connection connection, java.util.Collection<UUID> tenantIds) throws SQLException {
        List<TenantPreference> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                + " from unnest(?) as wanted(k) join tenant_preference p on p.tenant_id = wanted.k")) {
            select.setArray(1, SqlArrays.uuids(connection, new java.util.LinkedHashSet<>(tenantIds)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
        }
        return found;
    }

    static void save(Connection connection, UUID tenantId, String key, TenantPreference after) throws SQLException {
        if (after == null) {
            try (PreparedStatement delete = connection.prepareStatement("delete from tenant_preference where tenant_id = ? and setting_key = ?")) {
                delete.setObject(1, tenantId);
                delete.setString(2, key);
                delete.executeUpdate();
            }
            return;
        }
        // update, else insert: portable (see PersonTable.upsert)
        try (PreparedStatement update = connection.prepareStatement("update tenant_preference set mode = ?, setting_value = ?,"
                + " version = ?, updated_at = ?, updated_by = ? where tenant_id = ? and setting_key = ?");
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (PreparedStatement write : java.util.List.of(update, insert)) {
                bind(write, tenantId, key, after);
                if (write.executeUpdate() > 0) {
                    return;
                }
            }
        }
    }

    /** A new setting's row; {@link #bind} fills it. */
    static final String INSERT = "insert into tenant_preference (mode, setting_value, version, updated_at, updated_by, tenant_id,"
            + " setting_key) values (?,?,?,?,?,?,?)";

    /** Sets the parameters of {@link #INSERT} (the update in {@link #save} takes them in the same order). */
    static void bind(PreparedStatement write, UUID tenantId, String key, TenantPreference after) throws SQLException {
        write.setString(1, after.mode().name());
        write.setString(2, after.value());
        write.setLong(3, after.meta().version());
        write.setObject(4, after.meta().updatedAt().atOffset(ZoneOffset.UTC));
        write.setString(5, after.meta().updatedBy());
        write.setObject(6, tenantId);
        write.setString(7, key);
    }

    private static TenantPreference read(ResultSet rows) throws SQLException {
        return new TenantPreference(rows.getObject(1, UUID.class), rows.getString(2), PreferenceMode.valueOf(rows.getString(3)),
                rows.getString(4), new RecordMeta(rows.getLong(5), rows.getObject(6, OffsetDateTime.class).toInstant(), rows.getString(7), false));
    }
}
