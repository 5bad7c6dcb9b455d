package dev.canopy.server;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The few JDBC chores the server's stores share: transactions and timestamps that mean the same on H2 and PostgreSQL. */
final class Jdbc {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final int ATTEMPTS = 5;

    private Jdbc() {
    }

    /**
     * Runs work in one READ COMMITTED transaction, retrying when the database refuses it for a concurrent writer
     * (serialization failure, deadlock, or a unique key another process took first). Decisions that read before they
     * write, such as "the first account is the admin", also take a row of server_lock ({@link #lock}).
     */
    static <T> T transaction(DataSource dataSource, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                if (attempt >= ATTEMPTS || !retryable(e)) {
                    throw new IllegalStateException("database error", e);
                }
            }
        }
    }

    /**
     * Holds the named server_lock row until the transaction ends, so one writer at a time (in any process) makes
     * that decision; READ COMMITTED then lets the next writer see what the previous one committed.
     */
    static void lock(Connection connection, String name) throws SQLException {
        try (java.sql.PreparedStatement select = connection.prepareStatement(
                "select name from server_lock where name = ? for update")) {
            select.setString(1, name);
            try (java.sql.ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("server_lock has no row " + name);
                }
            }
        }
    }

    /** Runs work on one connection in auto-commit mode (single statements that are atomic on their own). */
    static <T> T autoCommit(DataSource dataSource, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("database error", e);
        }
    }

    private static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        // 40xxx: transaction rollback (40001 serialization failure, 40P01 deadlock); 23505: unique violation;
        // H2 reports a concurrent update of the same row as 90131
        return state != null && (state.startsWith("40") || state.equals("23505") || state.equals("90131"));
    }

    /** Timestamps are kept in UTC at microsecond precision, which both databases store exactly. */
    static OffsetDateTime timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }
}
