package dev.canopy.cli;

import dev.canopy.server.ApiServer;
import dev.canopy.server.ApiSettings;
import dev.canopy.server.ServerSync;
import dev.canopy.server.Secrets;
import dev.canopy.server.ServerDatabase;
import dev.canopy.server.ServerStartException;
import dev.canopy.server.TokenAuthenticator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code canopy server}: the team's central sync server. Database credentials and the keystore password come from
 * the environment (see {@link Secrets}), never from the command line, where the process list would show them.
 */
@Command(name = "server", mixinStandardHelpOptions = true, subcommands = ServerTokenCommand.class,
        description = {"Run the central sync server (HTTP/JSON under /api/v1).",
                "Without --db it keeps an H2 database in <data dir>/server/. Database user and password come from"
                        + " CANOPY_DB_USER and CANOPY_DB_PASSWORD (or CANOPY_DB_PASSWORD_FILE); the keystore password"
                        + " from CANOPY_TLS_PASSWORD (or CANOPY_TLS_PASSWORD_FILE)."})
final class ServerCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServerCommand.class);

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: every interface).")
    String host;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
            description = "jdbc:postgresql://HOST/DB, or a jdbc:h2: URL (default: an H2 file in <data dir>/server/).")
    String db;

    @Option(names = "--tls-keystore", paramLabel = "FILE", description = "Serve HTTPS with this PKCS12 keystore.")
    Path tlsKeystore;

    @Option(names = "--max-body-mb", defaultValue = "8", description = "Largest request body in MB (default ${DEFAULT-VALUE}).")
    int maxBodyMb;

    @Option(names = "--requests-per-minute", defaultValue = "600",
            description = "Requests each token may make per minute, per server process (default ${DEFAULT-VALUE}).")
    int requestsPerMinute;

    @Override
    public Integer call() throws InterruptedException {
        if (maxBodyMb < 1) {
            throw new IllegalArgumentException("--max-body-mb must be at least 1, got " + maxBodyMb);
        }
        Secrets secrets = Secrets.fromEnvironment();
        ApiSettings.Tls tls = tlsKeystore == null ? null : new ApiSettings.Tls(tlsKeystore, secrets.read("CANOPY_TLS_PASSWORD"));
        ApiSettings settings = new ApiSettings(host, port, maxBodyMb * 1024L * 1024L, requestsPerMinute,
                Duration.ofMinutes(1), tls);
        PrintWriter err = spec.commandLine().getErr();
        ServerDatabase database;
        ApiServer server;
        try {
            database = openDatabase();
            try {
                server = ApiServer.start(settings, new TokenAuthenticator(database.dataSource(), Clock.systemUTC()),
                        new ServerSync(database.dataSource(), Clock.systemUTC()), database.schemaVersion());
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        } catch (ServerStartException e) {
            LOG.debug("Server start failed", e);
            err.println("canopy: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            database.close();
        }, "canopy-server-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Canopy server listening on %s://%s:%d/api/v1 (schema %d); stop it with Ctrl+C%n",
                tls == null ? "http" : "https", host == null ? "0.0.0.0" : host, server.port(), database.schemaVersion());
        out.flush();
        server.join();
        return 0;
    }

    @Command(name = "compact", mixinStandardHelpOptions = true,
            description = "Drop superseded changes from the sync log and forget deletions older than --keep-days;"
                    + " a client that has not synced for longer then downloads again.")
    int compact(@Option(names = "--keep-days", defaultValue = "90", paramLabel = "DAYS",
            description = "Keep deletions this many days (default ${DEFAULT-VALUE}).") int keepDays) {
        if (keepDays < 1) {
            throw new IllegalArgumentException("--keep-days must be at least 1, got " + keepDays);
        }
        try (ServerDatabase database = openDatabase()) {
            var result = new dev.canopy.server.ChangeLogCompaction(database.dataSource())
                    .compact(java.time.Instant.now().minus(Duration.ofDays(keepDays)));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Removed %d superseded changes and %d deletions older than %d days; clients last synced before change %d"
                    + " will download again.%n", result.superseded(), result.tombstones(), keepDays, result.purgedThrough());
            out.flush();
        }
        return 0;
    }

    /** The database this invocation names, migrated to the newest schema; also used by the token subcommands. */
    ServerDatabase openDatabase() {
        Secrets secrets = Secrets.fromEnvironment();
        String url = db;
        if (url == null || url.isBlank()) {
            Path folder = main.resolveDataDir().resolve("server");
            folder.toFile().mkdirs();
            url = ServerDatabase.defaultH2Url(folder);
        }
        return ServerDatabase.open(url, secrets.read("CANOPY_DB_USER"), secrets.read("CANOPY_DB_PASSWORD"));
    }
}
