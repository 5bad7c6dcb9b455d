package dev.canopy.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Brings the schema up to date with Flyway, refusing a database written by a newer Canopy. */
final class SchemaMigrator {

    private SchemaMigrator() {
    }

    /** The newest migration this build ships (V{LATEST}__*.sql); a test keeps it in step with the files. */
    static final int LATEST = 9;

    static void migrate(DataSource dataSource) {
        Integer applied = appliedVersion(dataSource);
        if (applied != null && applied > LATEST) {
            throw newer(applied.toString());
        }
        if (applied != null && applied == LATEST) {
            return;  // up to date: skip Flyway's classpath scan and validation, about half a second at start-up
        }
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        for (MigrationInfo info : flyway.info().applied()) {
            if (info.getState().name().startsWith("FUTURE")) {
                throw newer(info.getVersion().toString());
            }
        }
        flyway.migrate();
        // on disk now, not within H2's write delay: a process killed a moment after creating the folder otherwise left
        // the tables without Flyway's record of them, and the next open ran the migrations again over them
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new StoreException("Cannot write the database's schema: " + LocalStore.rootMessage(e), e);
        }
    }

    /**
     * Refuses a database written by a newer Canopy before anything opens it for writing: H2 rewrites part of the file
     * on every read-write open, even one that changes nothing, and this build's H2 must not write into a newer file.
     *
     * <p>A file left by a Canopy that was killed inside a transaction cannot be opened read-only: H2 must first roll the
     * unfinished transaction back, which writes. That is the one case this check gives way: the read-write open that
     * follows rolls it back (as any version would on its next open; H2 itself refuses a file format it cannot write), and
     * {@link #migrate} still refuses a newer schema before Flyway or any edit writes.
     *
     * @return false when the check gave way to a crash's recovery (the caller says so in its log)
     */
    static boolean refuseNewer(StoreFile store) {
        if (!Files.exists(store.file())) {
            return true;
        }
        // the first connection to an existing file: a wrong passphrase shows here, before anything writes to it
        try (Connection connection = store.dataSource(";ACCESS_MODE_DATA=r;IFEXISTS=TRUE").getConnection()) {
            Integer applied = appliedVersion(connection);
            if (applied != null && applied > LATEST) {
                throw newer(applied.toString());
            }
            return true;
        } catch (SQLException e) {
            if (needsRecovery(e)) {
                return false;
            }
            throw store.opening("Cannot read the database's schema version", e);
        }
    }

    /** Whether a read-only open failed because H2 had to write to open the file: to roll back a dead process's transaction. */
    private static boolean needsRecovery(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MVStoreException store && store.getErrorCode() == DataUtils.ERROR_WRITING_FAILED) {
                return true;
            }
        }
        return false;
    }

    private static StoreException newer(String version) {
        return new StoreException("This data folder was written by a newer version of Canopy (schema "
                + version + "). Update Canopy to open it; nothing was changed.");
    }

    /** The highest successfully applied schema version, or null for a new database or a failed migration. */
    private static Integer appliedVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return appliedVersion(connection);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the database's schema version: " + LocalStore.rootMessage(e), e);
        }
    }

    private static Integer appliedVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return null;
                }
            }
            try (ResultSet rows = statement.executeQuery("select count(*), sum(case when \"success\" then 0 else 1 end),"
                    + " max(cast(\"version\" as int)) from \"flyway_schema_history\" where \"version\" is not null")) {
                rows.next();
                return rows.getInt(1) == 0 || rows.getInt(2) > 0 ? null : rows.getInt(3);
            }
        }
    }
}
