package dev.canopy.server;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.sync.Change;
import dev.canopy.sync.Mutation;
import dev.canopy.sync.MutationCodec;
import dev.canopy.sync.MutationResult;
import dev.canopy.sync.PullResponse;
import dev.canopy.sync.PushRequest;
import dev.canopy.sync.PushResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Two real {@code canopy server} processes (separate JVMs, as behind a load balancer) on one PostgreSQL, spoken to
 * over HTTP only. The database role must log in with its password, which reaches each child by environment variable
 * or by file, never on the command line.
 */
class TwoServerProcessesTest {

    private static final MutationCodec CODEC = new MutationCodec();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ROLE = "canopy_app";

    @TempDir
    static Path folder;

    private static TestDatabases databases;
    private static final List<CanopyProcess> processes = new ArrayList<>();
    private static URI first;
    private static URI second;
    private static String bearer;
    private static UUID root;

    @BeforeAll
    static void startTwoServersOnOnePostgres() throws Exception {
        databases = TestDatabases.withPostgres();
        String password = UUID.randomUUID().toString();
        String url = "jdbc:postgresql://localhost:" + databases.postgresPort() + "/canopy_shared";
        requirePasswordFor(url, password);

        Path passwordFile = Files.writeString(folder.resolve("db-password"), password + "\n");
        Map<String, String> byVariable = Map.of("CANOPY_DB_USER", ROLE, "CANOPY_DB_PASSWORD", password);
        Map<String, String> byFile = Map.of("CANOPY_DB_USER", ROLE, "CANOPY_DB_PASSWORD_FILE", passwordFile.toString());
        int[] ports = CanopyProcess.freePorts(2);
        String dataDir = folder.resolve("data").toString();
        // both migrate the same empty database at once: Flyway's lock has to make that safe
        CanopyProcess a = started(server("server-a", ports[0], url, byVariable, dataDir));
        CanopyProcess b = started(server("server-b", ports[1], url, byFile, dataDir));
        first = URI.create("http://127.0.0.1:" + ports[0]);
        second = URI.create("http://127.0.0.1:" + ports[1]);
        a.awaitHealthy(HTTP, first, Duration.ofSeconds(60));
        b.awaitHealthy(HTTP, second, Duration.ofSeconds(60));
        // the token is made on the shared database (as token create would), not on either server
        try (ServerDatabase shared = ServerDatabase.open(url, ROLE, password)) {
            bearer = "Bearer " + new AccountStore(shared.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC())
                    .issue("admin@northwind.example", null).token();
        }

        root = UUID.randomUUID();
        PushResponse seeded = push(first, "seed", List.of(mutation(1, new CreateTenant(root, null, "Northwind"))));
        assertThat(seeded.results()).extracting(MutationResult::status).containsExactly(MutationResult.APPLIED);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        processes.forEach(CanopyProcess::close);
        if (databases != null) {
            databases.close();
        }
    }

    @Test
    void concurrentWritersOnBothProcessesAreSeenByAnAlternatingPullExactlyOnceInOrder() throws Exception {
        int writers = 4;
        int perWriter = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            AtomicBoolean writing = new AtomicBoolean(true);
            List<Change> seen = Collections.synchronizedList(new ArrayList<>());
            Future<?> reader = pool.submit(() -> readAlternately(writing, seen));
            List<Future<List<UUID>>> written = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                written.add(pool.submit(() -> write("laptop-" + writer, writer, perWriter)));
            }
            Set<UUID> created = new HashSet<>();
            try {
                for (Future<List<UUID>> f : written) {
                    created.addAll(f.get(60, TimeUnit.SECONDS));
                }
            } finally {
                writing.set(false);
            }
            reader.get(60, TimeUnit.SECONDS);

            List<Long> seqs = seen.stream().map(Change::seq).toList();
            assertThat(seqs).as("every change once, in sequence order").doesNotHaveDuplicates().isSorted();
            assertThat(seen).extracting(Change::id).as("every tenant created, each once").doesNotHaveDuplicates()
                    .containsAll(created).contains(root);
            assertThat(created).hasSize(writers * perWriter);
            for (URI server : List.of(first, second)) {
                assertThat(pull(server, 0, 5000).changes()).extracting(Change::seq)
                        .as("what %s holds now, from 0: nothing the alternating pull missed", server).isEqualTo(seqs);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPushRetriedOnTheOtherProcessGetsTheSameResultsAndAppliesNothingTwice() throws Exception {
        UUID kept = UUID.randomUUID();
        UUID orphan = UUID.randomUUID();
        List<Mutation> outbox = List.of(
                mutation(1, new CreateTenant(kept, root, "Retry Kept")),
                mutation(2, new CreateTenant(orphan, UUID.randomUUID(), "Retry Orphan")));
        PushResponse sent = push(first, "laptop-retry", outbox);
        assertThat(sent.results()).extracting(MutationResult::status)
                .containsExactly(MutationResult.APPLIED, MutationResult.REJECTED);

        PushResponse retried = push(second, "laptop-retry", outbox);

        assertThat(retried.results()).as("the stored results, reason included").isEqualTo(sent.results());
        assertThat(retried.lastMutationId()).isEqualTo(2);
        assertThat(retried.cursor()).as("no new change numbered").isEqualTo(sent.cursor());
        List<UUID> ids = pull(second, 0, 5000).changes().stream().map(Change::id).toList();
        assertThat(ids).as("the applied tenant once, the refused one never").containsOnlyOnce(kept).doesNotContain(orphan);
    }

    /** One client's outbox, one tenant per push, alternating processes; every third push is retried on the other. */
    private static List<UUID> write(String client, int writer, int count) throws Exception {
        List<UUID> created = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            UUID id = UUID.randomUUID();
            List<Mutation> mutations = List.of(mutation(i, new CreateTenant(id, root, "Writer " + writer + " tenant " + i)));
            URI server = (writer + i) % 2 == 0 ? first : second;
            PushResponse response = push(server, client, mutations);
            assertThat(response.results()).extracting(MutationResult::status)
                    .as("%s mutation %d", client, i).containsExactly(MutationResult.APPLIED);
            if (i % 3 == 0) {
                URI other = server == first ? second : first;
                assertThat(push(other, client, mutations).results()).as("%s mutation %d retried", client, i)
                        .isEqualTo(response.results());
            }
            created.add(id);
        }
        return created;
    }

    /** Pulls in pages of 7, alternating processes, until the writers are done and a page says nothing more waits. */
    private static Void readAlternately(AtomicBoolean writing, List<Change> seen) throws Exception {
        long cursor = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (int page = 0; System.nanoTime() < deadline; page++) {
            boolean lastRound = !writing.get();
            PullResponse response = pull(page % 2 == 0 ? first : second, cursor, 7);
            seen.addAll(response.changes());
            cursor = response.cursor();
            if (lastRound && !response.hasMore()) {
                return null;
            }
        }
        return fail("the reader did not catch up within 60 s; it has %d changes", seen.size());
    }

    private static PushResponse push(URI server, String client, List<Mutation> mutations) throws Exception {
        String body = ProtocolJson.MAPPER.writeValueAsString(new PushRequest(client, mutations, false));
        HttpRequest request = HttpRequest.newBuilder(server.resolve(ApiServer.PUSH))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(Duration.ofSeconds(20)).build();
        return ProtocolJson.MAPPER.readValue(ok(request), PushResponse.class);
    }

    private static PullResponse pull(URI server, long since, int limit) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(ApiServer.PULL + "?since=" + since + "&limit=" + limit))
                .header("Authorization", bearer).GET().timeout(Duration.ofSeconds(20)).build();
        return ProtocolJson.MAPPER.readValue(ok(request), PullResponse.class);
    }

    private static String ok(HttpRequest request) throws Exception {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            fail("%s %s answered %d: %s%n%s", request.method(), request.uri(), response.statusCode(), response.body(),
                    processes.stream().map(CanopyProcess::output).collect(Collectors.joining("\n")));
        }
        return response.body();
    }

    private static Mutation mutation(long id, CreateTenant command) {
        return new Mutation(id, command.mutationName(), CODEC.argsOf(command), 0, null);
    }

    private static CanopyProcess server(String name, int port, String url, Map<String, String> env, String dataDir) {
        return CanopyProcess.start(name, folder, env, "--data-dir", dataDir, "server", "--host", "127.0.0.1",
                "--port", String.valueOf(port), "--db", url, "--requests-per-minute", "100000");
    }

    private static CanopyProcess started(CanopyProcess process) {
        processes.add(process);
        return process;
    }

    /**
     * Makes an empty database owned by a role that must give its password (embedded PostgreSQL trusts every local
     * login otherwise, so a child that never got the password would still connect), and waits until a wrong password
     * is refused.
     */
    private static void requirePasswordFor(String url, String password) throws Exception {
        databases.asSuperuser(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("create role " + ROLE + " login password '" + password + "'");
                s.execute("create database canopy_shared owner " + ROLE);
                var rs = s.executeQuery("show hba_file");
                rs.next();
                Path hba = Path.of(rs.getString(1));
                Files.writeString(hba, "local all " + ROLE + " md5\nhost all " + ROLE + " 127.0.0.1/32 md5\nhost all "
                        + ROLE + " ::1/128 md5\n" + Files.readString(hba));
                s.execute("select pg_reload_conf()");
            }
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (var ignored = DriverManager.getConnection(url, ROLE, "not-" + password)) {
                if (System.nanoTime() > deadline) {
                    fail("PostgreSQL still lets %s in with a wrong password", ROLE);
                }
                Thread.sleep(50);
            } catch (SQLException refused) {
                assertThat(refused.getSQLState()).as("refused for the password: %s", refused.getMessage()).isEqualTo("28P01");
                return;
            }
        }
    }
}
