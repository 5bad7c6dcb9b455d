package dev.canopy.server;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Keeps the change log from growing for ever: a change that a later change of the same record supersedes is
 * dropped (a pull from any cursor still gets the later one), and so is the last change of a record deleted before
 * the cutoff (a tombstone's). Dropping those loses the deletion for a client whose cursor is older, so the newest
 * such change is remembered as {@code purged_through}; a pull from an older cursor (other than 0) is told to reset.
 * The records themselves stay (a deleted record can still be restored).
 */
public final class ChangeLogCompaction {

    /** What one compaction removed. */
    public record Result(int superseded, int tombstones, long purgedThrough) {
    }

    private static final String[] TABLES = {"tenant", "person", "computer", "schedule", "deployment"};

    private final DataSource dataSource;

    public ChangeLogCompaction(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Result compact(Instant deletedBefore) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                ChangeLog.lock(connection);  // no push commits while the log is rewritten
                int superseded = update(connection, "delete from sync_change where exists (select 1 from sync_change later"
                        + " where later.entity = sync_change.entity and later.record_id = sync_change.record_id"
                        + " and coalesce(later.record_key, '') = coalesce(sync_change.record_key, '') and later.seq > sync_change.seq)");
                long purged = purgedThrough(connection);
                int tombstones = 0;
                for (String table : TABLES) {
                    String tombstone = " from sync_change c where c.entity = '" + table + "' and exists (select 1 from " + table
                            + " r where r.id = c.record_id and r.deleted = true and r.updated_at < ?)";
                    purged = Math.max(purged, maxSeq(connection, "select coalesce(max(c.seq), 0)" + tombstone, deletedBefore));
                    try (PreparedStatement delete = connection.prepareStatement("delete from sync_change where seq in (select c.seq" + tombstone + ")")) {
                        delete.setObject(1, deletedBefore.atOffset(ZoneOffset.UTC));
                        tombstones += delete.executeUpdate();
                    }
                }
                try (PreparedStatement store = connection.prepareStatement("update sync_sequence set purged_through = ? where id = 1")) {
                    store.setLong(1, purged);
                    store.executeUpdate();
                }
                connection.commit();
                return new Result(superseded, tombstones, purged);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("compaction failed in the database", e);
        }
    }

    static long purgedThrough(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select purged_through from sync_sequence where id = 1");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int update(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            return statement.executeUpdate();
        }
    }

    private static long maxSeq(Connection connection, String sql, Instant cutoff) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, cutoff.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
