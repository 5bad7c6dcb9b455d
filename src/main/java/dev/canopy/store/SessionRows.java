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

/**
 * How maintenance sessions become rows and come back: batch inserts, the newest of some tenants, counts by status.
 * A session's tenant is its computer's, read through the computer (schema 8): moving computers moves no session row.
 */
final class SessionRows {

    static final String INSERT = "insert into maintenance_session (id, computer_id, started, finished, status, summary,"
            + " version, updated_at, updated_by, deleted) values (?,?,?,?,?,?,?,?,?,?)";

    /** A session's columns and its computer's tenant, from "maintenance_session s join computer c". */
    private static final String COLUMNS = "s.id, s.computer_id, c.tenant_id, s.started, s.finished, s.status, s.summary, s.version,"
            + " s.updated_at, s.updated_by, s.deleted";

    /** The sessions of the computers of the tenants in the array parameter, joined as a table (see {@link #find}). */
    private static final String OF_TENANTS = " from unnest(?) as wanted(k) join computer c on c.tenant_id = wanted.k"
            + " join maintenance_session s on s.computer_id = c.id";

    private SessionRows() {
    }

    /** Adds a session to the batch; its tenant is not stored (it is its computer's, whichever tenant that is then). */
    static void add(PreparedStatement insert, MaintenanceSession s) throws SQLException {
        insert.setObject(1, s.id());
        insert.setObject(2, s.computerId());
        insert.setObject(3, s.started().atOffset(ZoneOffset.UTC));
        if (s.finished() == null) {
            insert.setNull(4, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            insert.setObject(4, s.finished().atOffset(ZoneOffset.UTC));
        }
        insert.setString(5, s.status().name());
        insert.setString(6, s.summary().length() > 2000 ? s.summary().substring(0, 2000) : s.summary());
        ComputerRows.setMeta(insert, 7, s.meta());
        insert.addBatch();
    }

    /**
     * Live sessions of the query's tenants, newest first (ties by id, so a page is stable). The tenants are joined as a
     * table: with "= any(?)" H2 compares every row it reads with every element of the array.
     */
    static List<MaintenanceSession> find(Connection connection, SessionQuery q) throws SQLException {
        if (q.tenantIds().isEmpty()) {
            return List.of();
        }
        String sql = "select " + COLUMNS + OF_TENANTS + " where s.deleted = false"
                + (q.statuses().isEmpty() ? "" : " and s.status = any(?)") + " order by s.started desc, s.id limit ?";
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
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS
                + " from unnest(?) as wanted(k) join maintenance_session s on s.id = wanted.k join computer c on c.id = s.computer_id")) {
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
             ResultSet rows = st.executeQuery("select s.id, c.tenant_id, s.started, s.status from maintenance_session s"
                     + " join computer c on c.id = s.computer_id where s.deleted = false order by s.started desc")) {
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
        try (PreparedStatement select = connection.prepareStatement("select s.status, count(*)" + OF_TENANTS
                + " where s.deleted = false and s.started >= ? group by s.status")) {
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

    private static MaintenanceSession read(ResultSet rows) throws SQLException {
        OffsetDateTime finished = rows.getObject(5, OffsetDateTime.class);
        return new MaintenanceSession(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getObject(3, UUID.class),
                rows.getObject(4, OffsetDateTime.class).toInstant(), finished == null ? null : finished.toInstant(),
                SessionStatus.valueOf(rows.getString(6)), rows.getString(7),
                new RecordMeta(rows.getLong(8), rows.getObject(9, OffsetDateTime.class).toInstant(), rows.getString(10), rows.getBoolean(11)));
    }
}
