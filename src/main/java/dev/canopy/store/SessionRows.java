package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.session.MaintenanceSession;
import dev.canopy.domain.session.SessionStatus;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** How maintenance sessions become rows and come back: batch inserts, the newest of some tenants, counts by status. */
final class SessionRows {

    static final String INSERT = "insert into maintenance_session (id, computer_id, tenant_id, started, finished, status, summary,"
            + " version, updated_at, updated_by, deleted) values (?,?,?,?,?,?,?,?,?,?,?)";

    private static final String COLUMNS = "id, computer_id, tenant_id, started, finished, status, summary, version, updated_at, updated_by, deleted";

    private SessionRows() {
    }

    static void add(PreparedStatement insert, MaintenanceSession s) throws SQLException {
        insert.setObject(1, s.id());
        insert.setObject(2, s.computerId());
        insert.setObject(3, s.tenantId());
        insert.setObject(4, s.started().atOffset(ZoneOffset.UTC));
        if (s.finished() == null) {
            insert.setNull(5, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            insert.setObject(5, s.finished().atOffset(ZoneOffset.UTC));
        }
        insert.setString(6, s.status().name());
        insert.setString(7, s.summary().length() > 2000 ? s.summary().substring(0, 2000) : s.summary());
        ComputerRows.setMeta(insert, 8, s.meta());
        insert.addBatch();
    }

    /** Live sessions of the query's tenants, newest first (ties by id, so a page is stable). */
    static List<MaintenanceSession> find(Connection connection, SessionQuery q) throws SQLException {
        if (q.tenantIds().isEmpty()) {
            return List.of();
        }
        String sql = "select " + COLUMNS + " from maintenance_session where tenant_id = any(?) and deleted = false"
                + (q.statuses().isEmpty() ? "" : " and status = any(?)") + " order by started desc, id limit ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int i = 1;
            select.setArray(i++, SqlArrays.uuids(connection, q.tenantIds()));
            if (!q.statuses().isEmpty()) {
                select.setArray(i++, connection.createArrayOf("varchar", q.statuses().stream().map(Enum::name).toArray()));
            }
            select.setInt(i, q.limit());
            List<MaintenanceSession> out = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.add(read(rows));
                }
            }
            return out;
        }
    }

    /** Some sessions by id (the overview's few, picked from its facts), in no order. */
    static List<MaintenanceSession> byIds(Connection connection, Collection<UUID> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from maintenance_session where id = any(?)")) {
            select.setArray(1, SqlArrays.uuids(connection, ids));
            List<MaintenanceSession> out = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.add(read(rows));
                }
            }
            return out;
        }
    }

    /** Every live session's id, tenant, start and status, newest first: what the overview counts and picks from. */
    static void scan(Connection connection, SessionSink sink) throws SQLException {
        try (java.sql.Statement st = connection.createStatement();
             ResultSet rows = st.executeQuery("select id, tenant_id, started, status from maintenance_session where deleted = false order by started desc")) {
            while (rows.next()) {
                sink.session(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                        rows.getObject(3, java.time.OffsetDateTime.class).toInstant(), SessionStatus.valueOf(rows.getString(4)));
            }
        }
    }

    /** How many live sessions of the tenants started at or after {@code since}, per status (every status present, 0 when none). */
    static Map<SessionStatus, Integer> counts(Connection connection, Collection<UUID> tenantIds, Instant since) throws SQLException {
        Map<SessionStatus, Integer> counts = new EnumMap<>(SessionStatus.class);
        for (SessionStatus s : SessionStatus.values()) {
            counts.put(s, 0);
        }
        if (tenantIds.isEmpty()) {
            return counts;
        }
        try (PreparedStatement select = connection.prepareStatement("select status, count(*) from maintenance_session"
                + " where tenant_id = any(?) and deleted = false and started >= ? group by status")) {
            select.setArray(1, SqlArrays.uuids(connection, tenantIds));
            select.setObject(2, since.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(SessionStatus.valueOf(rows.getString(1)), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    /** Sessions follow their computers to another tenant (a merge, a reassign, a pulled move). */
    static void follow(Connection connection, UUID tenantId, Collection<UUID> computerIds) throws SQLException {
        if (computerIds.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update maintenance_session set tenant_id = ? where computer_id = any(?) and tenant_id <> ?")) {
            update.setObject(1, tenantId);
            update.setArray(2, SqlArrays.uuids(connection, computerIds));
            update.setObject(3, tenantId);
            update.executeUpdate();
        }
    }

    /** After a command: the sessions of every computer it moved follow it to its new tenant. */
    static void followMoved(Connection connection, List<JdbcWorkspace.SavedRecord> saved) throws SQLException {
        Map<UUID, List<UUID>> byTenant = new java.util.HashMap<>();
        for (JdbcWorkspace.SavedRecord r : saved) {
            // a computer new to the store has no sessions yet (a session's computer must exist first)
            if (r.entity().equals("computer") && r.tenantId() != null && r.previousTenantId() != null
                    && !r.tenantId().equals(r.previousTenantId())) {
                byTenant.computeIfAbsent(r.tenantId(), k -> new ArrayList<>()).add(r.id());
            }
        }
        for (Map.Entry<UUID, List<UUID>> e : byTenant.entrySet()) {
            follow(connection, e.getKey(), e.getValue());
        }
    }

    private static MaintenanceSession read(ResultSet rows) throws SQLException {
        OffsetDateTime finished = rows.getObject(5, OffsetDateTime.class);
        return new MaintenanceSession(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getObject(3, UUID.class),
                rows.getObject(4, OffsetDateTime.class).toInstant(), finished == null ? null : finished.toInstant(),
                SessionStatus.valueOf(rows.getString(6)), rows.getString(7),
                new RecordMeta(rows.getLong(8), rows.getObject(9, OffsetDateTime.class).toInstant(), rows.getString(10), rows.getBoolean(11)));
    }
}
