package dev.canopy.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** How one kind of tenant-owned record is read and written with JDBC (inside the caller's transaction). */
interface RecordTable<R> {

    Optional<R> find(Connection connection, UUID id) throws SQLException;

    /** The records with these ids, deleted ones included (one query, for a page of a pull). */
    List<R> findAll(Connection connection, Collection<UUID> ids) throws SQLException;

    /** Live records owned by any of the tenants. */
    List<R> ofTenants(Connection connection, Collection<UUID> tenantIds) throws SQLException;

    void upsert(Connection connection, R record) throws SQLException;

    /** The insert of a new record's row, for a batch of them (a pulled page); {@link #bindInsert} fills it. */
    String insertSql();

    /** Sets the parameters of {@link #insertSql()} for the record (the caller adds the batch entry or executes it). */
    void bindInsert(java.sql.PreparedStatement insert, R record) throws SQLException;

    /** After a batch of {@link #insertSql()} rows: the rows other tables hold of those records (a person's mappings). */
    default void insertParts(Connection connection, List<R> inserted) throws SQLException {
    }
}
