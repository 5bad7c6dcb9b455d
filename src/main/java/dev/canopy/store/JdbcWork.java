package dev.canopy.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work on one pooled connection (see {@link StoreTransactions}). */
@FunctionalInterface
interface JdbcWork<T> {
    T run(Connection connection) throws SQLException;
}
