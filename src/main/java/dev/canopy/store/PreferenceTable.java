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

    static void save(Connection connection, UUID tenantId, String key, TenantPreference after) throws SQLException {
        if (after == null) {
            try (PreparedStatement delete = connection.prepareStatement("delete from tenant_preference where tenant_id = ? and setting_key = ?")) {
                delete.setObject(1, tenantId);
                delete.setString(2, key);
                delete.executeUpdate();
            }
            return;
        }
        try (PreparedStatement merge = connection.prepareStatement("merge into tenant_preference (" + COLUMNS
                + ") key (tenant_id, setting_key) values (?,?,?,?,?,?,?)")) {
            merge.setObject(1, tenantId);
            merge.setString(2, key);
            merge.setString(3, after.mode().name());
            merge.setString(4, after.value());
            merge.setLong(5, after.meta().version());
            merge.setObject(6, after.meta().updatedAt().atOffset(ZoneOffset.UTC));
            merge.setString(7, after.meta().updatedBy());
            merge.executeUpdate();
        }
    }

    private static TenantPreference read(ResultSet rows) throws SQLException {
        return new TenantPreference(rows.getObject(1, UUID.class), rows.getString(2), PreferenceMode.valueOf(rows.getString(3)),
                rows.getString(4), new RecordMeta(rows.getLong(5), rows.getObject(6, OffsetDateTime.class).toInstant(), rows.getString(7), false));
    }
}
