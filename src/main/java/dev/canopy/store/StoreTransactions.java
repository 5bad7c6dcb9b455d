package dev.canopy.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * How the local store runs work on its pool: reads on a pooled connection, writes in one transaction each under the
 * store's fair write lock. Store errors name what failed to read or write.
 */
final class StoreTransactions {

    private final DataSource dataSource;
    private final ReentrantLock writeLock = new ReentrantLock(true);

    StoreTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs work in one transaction on a pooled connection: committed when asked and the work
     * succeeded, else rolled back. Rule violations and store errors pass through unchanged.
     */
    <T> T transaction(JdbcWork<T> work, boolean commit) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                if (commit) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot write the database: " + LocalStore.rootMessage(e), e);
        }
    }

    /**
     * Runs write work under the write lock: an edit waits for at most one other writer's transaction (a page of a
     * pull, a batch of an import), never for a whole long task.
     */
    <T> T writing(Supplier<T> work) {
        writeLock.lock();
        try {
            return work.get();
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs a read on a pooled connection; no lock (H2's MVCC gives each read a committed snapshot). */
    <T> T read(JdbcWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the database: " + LocalStore.rootMessage(e), e);
        }
    }
}
