package dev.canopy.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty server databases for tests: an in-memory H2, or a new database on one embedded PostgreSQL per test
 * class (starting PostgreSQL costs seconds; creating a database in it costs milliseconds).
 */
final class TestDatabases implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private EmbeddedPostgres postgres;

    /** Starts PostgreSQL now (call it from @BeforeAll); without it only H2 is offered. */
    static TestDatabases withPostgres() {
        TestDatabases databases = new TestDatabases();
        try {
            databases.postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return databases;
    }

    static TestDatabases h2Only() {
        return new TestDatabases();
    }

    /** A migrated, empty server database of the kind "h2" or "postgresql". */
    ServerDatabase fresh(String kind) {
        String name = "canopy_test_" + COUNTER.incrementAndGet();
        return switch (kind) {
            case "h2" -> ServerDatabase.open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null, null);
            case "postgresql" -> {
                requirePostgres();
                try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                    s.execute("create database " + name);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                yield ServerDatabase.open("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name, "postgres", null);
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** Work done as the superuser on PostgreSQL's maintenance database: roles, databases, authentication rules. */
    interface SuperuserWork<T> {
        T run(Connection connection) throws SQLException, IOException;
    }

    <T> T asSuperuser(SuperuserWork<T> work) {
        requirePostgres();
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port PostgreSQL listens on (localhost), for a URL another process connects with. */
    int postgresPort() {
        requirePostgres();
        return postgres.getPort();
    }

    private void requirePostgres() {
        if (postgres == null) {
            throw new IllegalStateException("start PostgreSQL with TestDatabases.withPostgres()");
        }
    }

    @Override
    public void close() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
