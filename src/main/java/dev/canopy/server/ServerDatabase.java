package dev.canopy.server;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * The server's database: a connection pool on H2 or PostgreSQL, brought to the newest schema with the Flyway
 * migrations in {@code db/server}. Flyway takes a database lock while it migrates, so several server processes may
 * start against one PostgreSQL at once.
 */
public final class ServerDatabase implements AutoCloseable {

    static final String MIGRATIONS = "classpath:db/server";

    private final HikariDataSource dataSource;
    private final int schemaVersion;

    private ServerDatabase(HikariDataSource dataSource, int schemaVersion) {
        this.dataSource = dataSource;
        this.schemaVersion = schemaVersion;
    }

    /**
     * The H2 file used when no {@code --db} is given. AUTO_SERVER lets a second process (a {@code token create} next
     * to a running server) open the same file: the first process serves it to the others over loopback.
     */
    public static String defaultH2Url(Path serverFolder) {
        return "jdbc:h2:file:" + serverFolder.resolve("canopy-server").toAbsolutePath() + ";AUTO_SERVER=TRUE";
    }

    /** Opens the pool and migrates; user and password may be null (H2's default user, or the driver's default). */
    public static ServerDatabase open(String jdbcUrl, String user, String password) {
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db must be a jdbc:postgresql: or jdbc:h2: URL, got " + redact(jdbcUrl));
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user == null && jdbcUrl.startsWith("jdbc:h2:") ? "sa" : user);
        config.setPassword(password);
        config.setPoolName("canopy-server");
        config.setMaximumPoolSize(10);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new ServerStartException("cannot connect to the database at " + redact(jdbcUrl) + ": "
                    + rootMessage(e), e);
        }
        try {
            Flyway flyway = Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load();
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return new ServerDatabase(dataSource, current == null ? 0 : Integer.parseInt(current.getVersion().getVersion()));
        } catch (RuntimeException e) {
            dataSource.close();
            throw new ServerStartException("cannot bring the database schema up to date: " + rootMessage(e), e);
        }
    }

    /** The URL this pool connects to, so a test can open a second server on the same database. */
    String jdbcUrlForTests() {
        return dataSource.getJdbcUrl();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The Flyway version of the schema (the N of V{N}__*.sql); versions are whole numbers so health can report one. */
    public int schemaVersion() {
        return schemaVersion;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** A URL may carry ?password=…; what we print keeps only the part before any parameters. */
    static String redact(String jdbcUrl) {
        int cut = jdbcUrl.length();
        for (char c : new char[]{'?', ';'}) {
            int i = jdbcUrl.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return jdbcUrl.substring(0, cut);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
