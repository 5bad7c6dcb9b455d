package dev.canopy.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * For tests whose bodies run on H2 and on a real PostgreSQL: one embedded PostgreSQL per test class, and a fresh
 * migrated database per test ({@link #fresh}), closed after it.
 */
abstract class ServerDatabaseFixture {

    private static TestDatabases databases;
    protected ServerDatabase database;

    @BeforeAll
    static void startPostgres() {
        databases = TestDatabases.withPostgres();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        databases.close();
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    /** A migrated, empty server database of the kind "h2" or "postgresql", closed after the test. */
    protected ServerDatabase fresh(String kind) {
        database = databases.fresh(kind);
        return database;
    }

    /** Another fresh database of the same kind, which the test closes itself. */
    protected static ServerDatabase another(String kind) {
        return databases.fresh(kind);
    }
}
