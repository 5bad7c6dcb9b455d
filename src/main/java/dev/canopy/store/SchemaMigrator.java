package dev.canopy.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Brings the schema up to date with Flyway, refusing a database written by a newer Canopy. */
final class SchemaMigrator {

    private SchemaMigrator() {
    }

    /** The newest migration this build ships (V{LATEST}__*.sql); a test keeps it in step with the files. */
    static final int LATEST = 3;

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
    }

    private static StoreException newer(String version) {
        return new StoreException("This data folder was written by a newer version of Canopy (schema "
                + version + "). Update Canopy to open it; nothing was changed.");
    }

    /** The highest successfully applied schema version, or null for a new database or a failed migration. */
    private static Integer appliedVersion(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
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
        } catch (SQLException e) {
            throw new StoreException("Cannot read the database's schema version: " + LocalStore.rootMessage(e), e);
        }
    }
}
