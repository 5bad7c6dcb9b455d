package dev.canopy.sync.client;

import dev.canopy.cli.Main;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.server.AccountStore;
import dev.canopy.server.ApiServer;
import dev.canopy.server.ApiSettings;
import dev.canopy.server.CanopyProcess;
import dev.canopy.server.Caller;
import dev.canopy.server.ServerDatabase;
import dev.canopy.server.ServerSync;
import dev.canopy.server.SyncService;
import dev.canopy.server.TokenAuthenticator;
import dev.canopy.server.TokenSecrets;
import dev.canopy.store.LocalStore;
import dev.canopy.sync.Change;
import dev.canopy.sync.PullResponse;
import dev.canopy.sync.PushRequest;
import dev.canopy.sync.PushResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@code canopy sync} process killed with SIGKILL in the middle of a download and right after the server
 * committed its push: the data folder opens again, holds whole pages only, and the next sync converges without
 * applying anything twice.
 */
class KilledClientTest {

    private static final int TENANTS = 150;
    private static final int COMPUTERS = 2_500;

    @TempDir
    Path temp;

    private ServerDatabase database;
    private ApiServer server;
    private String token;
    private final AtomicInteger pulls = new AtomicInteger();
    private final AtomicReference<Runnable> onSecondPull = new AtomicReference<>(() -> { });
    private final AtomicReference<Runnable> afterPush = new AtomicReference<>(() -> { });

    @BeforeEach
    void start() {
        // an in-memory server: the crash under test is the client's (a large publish into an H2 file server failed now
        // and then while this test was written; see the issue notes)
        database = ServerDatabase.open("jdbc:h2:mem:killed_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", null);
        ServerSync real = new ServerSync(database.dataSource(), Clock.systemUTC());
        SyncService watched = new SyncService() {
            @Override
            public PushResponse push(Caller caller, PushRequest request) {
                PushResponse response = real.push(caller, request);
                afterPush.get().run();  // committed: the client dies before it hears the answer
                return response;
            }

            @Override
            public PullResponse pull(Caller caller, long since, int limit) {
                return real.pull(caller, since, limit);
            }

            @Override
            public PullResponse pull(Caller caller, String clientId, long since, int limit) {
                if (pulls.incrementAndGet() == 2) {
                    onSecondPull.get().run();  // a page was applied; the client dies asking for the next
                }
                return real.pull(caller, clientId, since, limit);
            }

            @Override
            public dev.canopy.sync.PublishResponse publish(Caller caller, dev.canopy.sync.PublishRequest request) {
                return real.publish(caller, request);
            }

            @Override
            public dev.canopy.sync.Identity identity(Caller caller) {
                return real.identity(caller);
            }
        };
        server = ApiServer.start(ApiSettings.defaults("127.0.0.1", 0, null), new TokenAuthenticator(database.dataSource(), Clock.systemUTC()),
                watched, database.schemaVersion());
        token = new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC())
                .issue("alex@northwind.example", null).token();
    }

    @AfterEach
    void stop() {
        System.clearProperty("canopy.config");
        server.close();
        database.close();
    }

    private String url() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The admin's laptop makes a sample MSP and publishes it (in this JVM). */
    private Path published() throws Exception {
        Path laptop = temp.resolve("alex");
        assertThat(Main.run("--data-dir", laptop.toString(), "sample", "--tenants", "" + TENANTS, "--computers", "" + COMPUTERS)).isZero();
        Path tokenFile = Files.writeString(temp.resolve("token"), token);
        System.setProperty("canopy.config", temp.resolve("config").toString());
        assertThat(Main.run("--data-dir", laptop.toString(), "sync", "--server", url(), "--token-file", tokenFile.toString(), "--publish")).isZero();
        return laptop;
    }

    /** The server's newest sequence number: the cursor after pulling every page. */
    private long head(Caller admin) {
        ServerSync sync = new ServerSync(database.dataSource(), Clock.systemUTC());
        PullResponse page = sync.pull(admin, 0, 5000);
        while (page.hasMore()) {
            page = sync.pull(admin, page.cursor(), 5000);
        }
        return page.cursor();
    }

    private CanopyProcess syncProcess(String name, Path folder) {
        return CanopyProcess.start(name, temp, Map.of("CANOPY_TOKEN", token, "CANOPY_CONFIG", temp.resolve("config").toString()),
                "--data-dir", folder.toString(), "sync", "--server", url());
    }

    private SyncEngine engine(LocalStore store) {
        return new SyncEngine(store, store.syncLedger(), new ConnectionFile(temp.resolve("config")), HttpServerApi::to, Clock.systemUTC(),
                millis -> { });
    }

    @Test
    void killedDuringADownloadItReopensWithWholePagesAndFinishesTheDownload() throws Exception {
        published();
        Path fresh = temp.resolve("sam");
        pulls.set(0);
        AtomicReference<CanopyProcess> child = new AtomicReference<>();
        onSecondPull.set(() -> {
            try {
                child.get().kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        child.set(syncProcess("download", fresh));
        int exit = child.get().waitFor(Duration.ofSeconds(120));
        assertThat(exit).as("killed, not finished\n" + child.get().output()).isNotZero();

        try (LocalStore store = LocalStore.open(fresh, "sam@northwind.example", Clock.systemUTC())) {
            long cursor = store.syncLedger().cursor();
            int tenantsKept = store.loadHierarchy().size();
            // H2 writes a commit to the file within about a second, so a kill may lose the last page; what is kept is
            // whole pages: nothing, or the whole first page (all the tenants). Rarely (about one run in ten under load)
            // H2's recovery of the page in flight also loses the cursor's row while the first page stays: the client
            // then pulls again from 0, which re-applies whole pages harmlessly, so a cursor never runs ahead of the data.
            assertThat(tenantsKept).as("whole pages only (cursor " + cursor + ")").isIn(0, TENANTS);
            assertThat(cursor == 0 || tenantsKept == TENANTS).as("a cursor with no page behind it").isTrue();
            SyncEngine engine = engine(store);
            engine.syncNow(SyncProgress.NONE);
            assertThat(store.syncLedger().cursor()).isGreaterThan(cursor);
            assertThat(store.loadHierarchy().size()).isEqualTo(TENANTS);
            assertThat(store.loadHierarchy().totalComputers()).isEqualTo(COMPUTERS);
        }
    }

    @Test
    void killedAfterTheServerCommittedItsPushItSendsAgainAndNothingIsAppliedTwice() throws Exception {
        Path laptop = published();
        List<TenantNode> tenants;
        try (LocalStore store = LocalStore.open(laptop, "alex@northwind.example", Clock.systemUTC())) {
            tenants = store.loadHierarchy().depthFirst();
            for (int i = 1; i <= 60; i++) {
                store.execute(new UpdateTenant(tenants.get(i).id(), new TenantChanges(null, "checked on the plane", null, null, null)));
            }
        }
        Caller admin = new Caller(java.util.UUID.randomUUID(), "alex@northwind.example", dev.canopy.domain.person.Role.MSP_ADMIN, null);
        long before = head(admin);
        AtomicReference<CanopyProcess> child = new AtomicReference<>();
        afterPush.set(() -> {
            try {
                child.get().kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        child.set(syncProcess("push", laptop));
        assertThat(child.get().waitFor(Duration.ofSeconds(120))).as(child.get().output()).isNotZero();
        afterPush.set(() -> { });

        try (LocalStore store = LocalStore.open(laptop, "alex@northwind.example", Clock.systemUTC())) {
            assertThat(store.syncLedger().pending()).as("the answer never came: the edits are still queued").hasSize(60);
            SyncOutcome again = engine(store).syncNow(SyncProgress.NONE);
            assertThat(again.applied()).isEqualTo(60);
            assertThat(store.syncLedger().pending()).isEmpty();
        }
        ServerSync sync = new ServerSync(database.dataSource(), Clock.systemUTC());
        PullResponse changes = sync.pull(admin, before, 5000);
        assertThat(changes.changes()).as("each edit applied once").hasSize(60);
        assertThat(changes.changes()).allMatch(c -> c.op().equals(Change.UPSERT) && "checked on the plane".equals(c.record().get("description")));
    }
}
