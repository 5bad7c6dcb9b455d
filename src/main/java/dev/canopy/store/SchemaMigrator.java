package dev.canopy.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import javax.sql.DataSource;

/** Brings the schema up to date with Flyway, refusing a database written by a newer Canopy. */
final class SchemaMigrator {

    private SchemaMigrator() {
    }

    static void migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        for (MigrationInfo applied : flyway.info().applied()) {
            if (applied.getState().name().startsWith("FUTURE")) {
                throw new StoreException("This data folder was written by a newer version of Canopy (schema "
                        + applied.getVersion() + "). Update Canopy to open it; nothing was changed.");
            }
        }
        flyway.migrate();
    }
}
