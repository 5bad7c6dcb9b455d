package dev.canopy.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.canopy.domain.person.Role;
import dev.canopy.server.AccountStore;
import dev.canopy.server.ApiServer;
import dev.canopy.server.ApiSettings;
import dev.canopy.server.Caller;
import dev.canopy.server.IssuedToken;
import dev.canopy.server.ServerDatabase;
import dev.canopy.server.ServerSync;
import dev.canopy.server.TokenAuthenticator;
import dev.canopy.server.TokenSecrets;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The central server in the bench JVM: a migrated database (an H2 file, or a database on an embedded PostgreSQL)
 * seeded with the sample MSP by {@link ServerSeeder}, an {@link ApiServer} with the real {@link ServerSync} on
 * port 0, and a JDK HttpClient talking to it over loopback HTTP/1.1, exactly as a Canopy client would.
 */
final class ServerBench implements AutoCloseable {

    static final int PAGE = 5_000;
    /** High enough that the per-token rate limiter never answers 429 in the bench. */
    static final int BENCH_REQUESTS_PER_MINUTE = 100_000_000;

    static final ObjectMapper JSON = new ObjectMapper();

    /** One pull from since=0 to the end: what came back and how long the HTTP round trips took. */
    record FullPull(long changes, int pages, long bytes, double httpMs, double parseMs) {
    }

    final String kind;
    final ServerDatabase database;
    final ServerSeeder.Seeded seeded;
    final ApiServer server;
    final URI base;
    final HttpClient http;
    final IssuedToken admin;
    final AccountStore accounts;
    private final ServerSync sync;
    private final TokenAuthenticator authenticator;

    private ServerBench(String kind, ServerDatabase database, ServerSeeder.Seeded seeded) {
        this.kind = kind;
        this.database = database;
        this.seeded = seeded;
        Clock clock = Clock.systemUTC();
        this.accounts = new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), clock);
        this.admin = accounts.issue("admin@bench.example", null);
        this.sync = new ServerSync(database.dataSource(), clock);
        this.authenticator = new TokenAuthenticator(database.dataSource(), clock);
        ApiSettings settings = new ApiSettings("127.0.0.1", 0, ApiSettings.DEFAULT_MAX_BODY_BYTES, BENCH_REQUESTS_PER_MINUTE,
                Duration.ofMinutes(1), null);
        this.server = ApiServer.start(settings, authenticator, sync, database.schemaVersion());
        this.base = URI.create("http://127.0.0.1:" + server.port());
        this.http = newClient();
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A seeded server on a fresh database of the kind ("h2" or "postgresql"). */
    static ServerBench start(String kind, String sizeName, int tenants, int computers, Databases databases) throws Exception {
        ServerDatabase database = databases.fresh(kind, sizeName);
        try {
            ServerSeeder.Seeded seeded = ServerSeeder.seed(database.dataSource(), tenants, computers);
            System.out.printf(Locale.ROOT, "# server %s size=%s seeded %d records %s: records %.0f ms, change log %.0f ms%n", kind, sizeName,
                    seeded.records().size(), seeded.perEntity(), seeded.recordsMs(), seeded.changeLogMs());
            return new ServerBench(kind, database, seeded);
        } catch (Exception | Error e) {
            database.close();
            throw e;
        }
    }

    HttpResponse<byte[]> get(HttpClient client, String token, String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> post(HttpClient client, String token, String path, byte[] body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every change from since=0, page by page (limit 5000); only the round trips are timed, not the client's parse. */
    FullPull fullPull() throws IOException, InterruptedException {
        long since = 0;
        long changes = 0;
        long bytes = 0;
        int pages = 0;
        long httpNanos = 0;
        long parseNanos = 0;
        boolean more = true;
        while (more) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = get(http, admin.token(), "/api/v1/sync/pull?since=" + since + "&limit=" + PAGE);
            long received = System.nanoTime();
            httpNanos += received - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("pull since " + since + " answered " + response.statusCode() + ": "
                        + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            JsonNode page = JSON.readTree(response.body());
            parseNanos += System.nanoTime() - received;
            changes += page.get("changes").size();
            since = page.get("cursor").asLong();
            more = page.get("hasMore").asBoolean();
            bytes += response.body().length;
            pages++;
        }
        if (changes != seeded.head() || since != seeded.head()) {
            throw new IllegalStateException("a full pull from " + kind + " returned " + changes + " changes up to cursor " + since
                    + "; the seeded server holds " + seeded.head());
        }
        return new FullPull(changes, pages, bytes, httpNanos / 1e6, parseNanos / 1e6);
    }

    /** {@code GET pull?since=<head>} with nothing new: the latency of each request, after a warm-up. */
    Measurement emptyPulls(int warmUp, int count) throws IOException, InterruptedException {
        long head = head();
        String path = "/api/v1/sync/pull?since=" + head;
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < warmUp + count; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = get(http, admin.token(), path);
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200 || JSON.readTree(response.body()).get("changes").size() != 0) {
                throw new IllegalStateException("an empty pull answered " + response.statusCode() + ": "
                        + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            if (i >= warmUp) {
                ms.add(elapsed);
            }
        }
        return new Measurement(ms);
    }

    /** {@code GET /api/v1/health} (no token, no database): what the HTTP round trip alone costs. */
    Measurement health(int warmUp, int count) throws IOException, InterruptedException {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < warmUp + count; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("health answered " + response.statusCode());
            }
            if (i >= warmUp) {
                ms.add(elapsed);
            }
        }
        return new Measurement(ms);
    }

    /** Where an empty pull's time goes, without HTTP: the token check alone, and ServerSync.pull alone. */
    Map<String, Measurement> emptyPullParts(int warmUp, int count) {
        long head = head();
        Caller caller = new Caller(admin.accountId(), admin.email(), Role.MSP_ADMIN, null);
        List<Double> auth = new ArrayList<>();
        List<Double> pull = new ArrayList<>();
        for (int i = 0; i < warmUp + count; i++) {
            long start = System.nanoTime();
            authenticator.authenticate(admin.token());
            long authenticated = System.nanoTime();
            sync.pull(caller, head, 1000);
            long pulled = System.nanoTime();
            if (i >= warmUp) {
                auth.add((authenticated - start) / 1e6);
                pull.add((pulled - authenticated) / 1e6);
            }
        }
        Map<String, Measurement> parts = new LinkedHashMap<>();
        parts.put("authenticate", new Measurement(auth));
        parts.put("ServerSync.pull", new Measurement(pull));
        return parts;
    }

    long head() {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select last_seq from sync_sequence where id = 1")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The floor of a full pull: the same rows read by plain JDBC, one select per table (a computer's software and a
     * tenant's external refs read alongside, each pair in id order and merged), each row mapped to a Map and written
     * by Jackson as an array of change-shaped objects to a byte stream that only counts (the server, too, never
     * holds more than a page). A schedule's or deployment's stored JSON body is embedded as the object it is, as the
     * pull sends it, not as an escaped string. Returns the milliseconds; the byte count goes to bytes[0].
     */
    double floor(long[] bytes) throws SQLException, IOException {
        long start = System.nanoTime();
        CountingStream out = new CountingStream();
        long written = 0;
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);  // PostgreSQL streams a result with a fetch size only inside a transaction
            try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
                json.writeStartArray();
                for (String[] table : new String[][]{{"tenant", "tenant"}, {"person", "person"}, {"computer", "computer"},
                        {"schedule", "schedule"}, {"deployment", "deployment"}, {"preference", "tenant_preference"}}) {
                    written += writeTable(connection, table[0], table[1], json);
                }
                json.writeEndArray();
            } finally {
                connection.rollback();
            }
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (written != seeded.head()) {
            throw new IllegalStateException("the floor wrote " + written + " records; the seeded server holds " + seeded.head());
        }
        bytes[0] = out.count;
        return ms;
    }

    private static long writeTable(Connection connection, String entity, String table, JsonGenerator json) throws SQLException, IOException {
        // the rows a record's list comes from: a computer's software, a tenant's external refs (the pull sends both)
        String children = switch (entity) {
            case "computer" -> "select computer_id, name, version, publisher from computer_software order by computer_id, position";
            case "tenant" -> "select tenant_id, source, external_id from tenant_external_ref order by tenant_id, source";
            default -> null;
        };
        String[] childFields = entity.equals("computer") ? new String[]{"name", "version", "publisher"} : new String[]{"source", "externalId"};
        long count = 0;
        try (Statement statement = connection.createStatement(); Statement childStatement = connection.createStatement()) {
            statement.setFetchSize(1000);
            childStatement.setFetchSize(1000);
            ResultSet rows = statement.executeQuery("select * from " + table + (children != null ? " order by id" : ""));
            ResultSet child = children != null ? childStatement.executeQuery(children) : null;
            boolean childLeft = child != null && child.next();
            ResultSetMetaData meta = rows.getMetaData();
            int columns = meta.getColumnCount();
            String[] names = new String[columns];
            for (int i = 0; i < columns; i++) {
                names[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
            }
            while (rows.next()) {
                Map<String, Object> record = new LinkedHashMap<>();
                Object id = null;
                long version = 0;
                for (int i = 0; i < columns; i++) {
                    Object value = rows.getObject(i + 1);
                    if (names[i].equals("id") || names[i].equals("tenant_id") && id == null && entity.equals("preference")) {
                        id = value;
                    }
                    if (names[i].equals("version") && value instanceof Number n) {
                        version = n.longValue();
                    }
                    if (names[i].equals("body") && value instanceof String body) {
                        record.put(names[i], new RawValue(body));  // the record's own JSON, written as it is
                    } else {
                        record.put(names[i], value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                                ? value : value.toString());
                    }
                }
                if (child != null) {
                    List<Map<String, Object>> items = new ArrayList<>();
                    while (childLeft && child.getObject(1).equals(id)) {
                        Map<String, Object> item = new LinkedHashMap<>();
                        for (int f = 0; f < childFields.length; f++) {
                            item.put(childFields[f], child.getString(f + 2));
                        }
                        items.add(item);
                        childLeft = child.next();
                    }
                    record.put(entity.equals("computer") ? "software" : "externalRefs", items);
                }
                json.writeStartObject();
                json.writeNumberField("seq", version);
                json.writeStringField("entity", entity);
                json.writeStringField("id", String.valueOf(id));
                json.writeStringField("op", "UPSERT");
                json.writeFieldName("record");
                JSON.writeValue(json, record);
                json.writeEndObject();
                count++;
            }
        }
        return count;
    }

    /** Counts the bytes written to it and keeps none. */
    private static final class CountingStream extends java.io.OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }

    /**
     * Fresh server databases for the bench: an H2 file under target/bench (the server's default URL shape), or a new
     * database on one embedded PostgreSQL started on first use and stopped at the end of the run.
     */
    static final class Databases implements AutoCloseable {

        private final Path folder;
        private EmbeddedPostgres postgres;

        Databases(Path folder) {
            this.folder = folder;
        }

        ServerDatabase fresh(String kind, String sizeName) throws IOException, SQLException {
            String name = "canopy_bench_" + sizeName;
            return switch (kind) {
                case "h2" -> {
                    Path h2 = folder.resolve("server-h2-" + sizeName).toAbsolutePath();
                    Files.createDirectories(h2);
                    for (String file : new String[]{"canopy-server.mv.db", "canopy-server.trace.db", "canopy-server.lock.db"}) {
                        Files.deleteIfExists(h2.resolve(file));
                    }
                    yield ServerDatabase.open(ServerDatabase.defaultH2Url(h2), null, null);
                }
                case "postgresql" -> {
                    if (postgres == null) {
                        long start = System.nanoTime();
                        postgres = EmbeddedPostgres.builder().start();
                        System.out.printf(Locale.ROOT, "# server embedded PostgreSQL started in %.0f ms on port %d%n",
                                (System.nanoTime() - start) / 1e6, postgres.getPort());
                    }
                    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                        s.execute("drop database if exists " + name);
                        s.execute("create database " + name);
                    }
                    yield ServerDatabase.open("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name, "postgres", null);
                }
                default -> throw new IllegalArgumentException(kind);
            };
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
