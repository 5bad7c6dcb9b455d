package dev.canopy.sync.client;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.person.Role;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.server.AccountStore;
import dev.canopy.server.ApiServer;
import dev.canopy.server.ApiSettings;
import dev.canopy.server.ServerDatabase;
import dev.canopy.server.ServerSync;
import dev.canopy.server.TokenAuthenticator;
import dev.canopy.server.TokenSecrets;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SyncConflict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration mappings between two laptops through the real server over loopback HTTP: a mapping set on one reaches
 * the other, merges with another field's edit, clashes with an edit of the same list, and an external id another
 * tenant took meanwhile is refused by the server's run of the same rule.
 */
class MappingSyncTest {

    @TempDir
    Path folder;

    private ServerDatabase database;
    private ApiServer server;
    private LocalStore alex;
    private LocalStore sam;
    private SyncEngine alexSync;
    private SyncEngine samSync;
    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();

    /** Alex (MSP admin) publishes Northwind with Acme and Globex; Sam (technician) downloads it. */
    @BeforeEach
    void twoLaptopsAndAServer() throws Exception {
        database = ServerDatabase.open("jdbc:h2:file:" + folder.resolve("server/db") + ";DB_CLOSE_DELAY=0", "sa", null);
        server = ApiServer.start(ApiSettings.defaults("127.0.0.1", 0, null), new TokenAuthenticator(database.dataSource(), Clock.systemUTC()),
                new ServerSync(database.dataSource(), Clock.systemUTC()), database.schemaVersion());
        AccountStore accounts = new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC());
        String alexToken = accounts.issue("alex@northwind.example", null).token();
        String samToken = accounts.issue("sam@northwind.example", Role.TECHNICIAN).token();

        alex = LocalStore.open(folder.resolve("alex"), "alex@northwind.example", Clock.systemUTC());
        alex.execute(new CreateTenant(msp, null, "Northwind"));
        alex.execute(new CreateTenant(acme, msp, "Acme"));
        alex.execute(new CreateTenant(globex, msp, "Globex"));
        alexSync = engine(alex);
        alexSync.connect(connection(alexToken), SyncAgent.FirstContact.PUBLISH, SyncProgress.NONE);

        sam = LocalStore.open(folder.resolve("sam"), "sam@northwind.example", Clock.systemUTC());
        samSync = engine(sam);
        samSync.connect(connection(samToken), SyncAgent.FirstContact.DOWNLOAD, SyncProgress.NONE);
    }

    @AfterEach
    void stop() {
        alex.close();
        sam.close();
        server.close();
        database.close();
    }

    private SyncEngine engine(LocalStore store) {
        return new SyncEngine(store, store.syncLedger(), new ConnectionFile(folder.resolve("config-" + store.folder().getFileName())),
                HttpServerApi::to, Clock.systemUTC(), millis -> { });
    }

    private ServerConnection connection(String token) {
        return new ServerConnection(URI.create("http://127.0.0.1:" + server.port()), token);
    }

    private static void map(LocalStore store, UUID tenant, ExternalRef... refs) {
        store.execute(new UpdateTenant(tenant, TenantChanges.mappings(List.of(refs))));
    }

    private static List<ExternalRef> refsOf(LocalStore store, UUID tenant) {
        return store.tenant(tenant).orElseThrow().externalRefs();
    }

    @Test
    void aMappingSetOnOneLaptopReachesTheOtherAndMergesWithARenameMadeThereMeanwhile() throws Exception {
        map(sam, acme, new ExternalRef("autotask", "4711"));
        alex.execute(new UpdateTenant(acme, TenantChanges.rename("Acme Corp")));

        assertThat(samSync.syncNow(SyncProgress.NONE).applied()).isEqualTo(1);
        assertThat(alexSync.syncNow(SyncProgress.NONE).merged()).as("another field of the same tenant").isEqualTo(1);
        samSync.syncNow(SyncProgress.NONE);

        for (LocalStore laptop : List.of(alex, sam)) {
            assertThat(refsOf(laptop, acme)).containsExactly(new ExternalRef("autotask", "4711"));
            assertThat(laptop.tenant(acme).orElseThrow().name()).isEqualTo("Acme Corp");
        }
    }

    @Test
    void twoEditsOfOneTenantsMappingsAreAConflictOnThatField() throws Exception {
        map(alex, acme, new ExternalRef("autotask", "4711"));
        map(sam, acme, new ExternalRef("autotask", "4712"));
        samSync.syncNow(SyncProgress.NONE);

        assertThat(alexSync.syncNow(SyncProgress.NONE).conflicts()).isEqualTo(1);
        assertThat(alexSync.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("externalRefs");
            assertThat(c.mine()).contains("4711");
            assertThat(c.theirs()).contains("4712");
        });
        assertThat(refsOf(alex, acme)).as("theirs until resolved").containsExactly(new ExternalRef("autotask", "4712"));
    }

    @Test
    void theServerRefusesAnExternalIdAnotherTenantTookMeanwhileAndTheLaptopDropsIt() throws Exception {
        map(alex, globex, new ExternalRef("autotask", "4711"));
        alexSync.syncNow(SyncProgress.NONE);
        map(sam, acme, new ExternalRef("AUTOTASK", "4711"));  // Sam has not pulled Globex's mapping yet: fine locally

        assertThat(samSync.syncNow(SyncProgress.NONE).rejected()).isEqualTo(1);

        assertThat(samSync.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(SyncConflict.REJECTED);
            assertThat(c.reason()).isEqualTo("External id 4711 is already used by Globex for AUTOTASK.");
        });
        assertThat(refsOf(sam, acme)).as("the refused edit is undone").isEmpty();
        assertThat(refsOf(sam, globex)).containsExactly(new ExternalRef("autotask", "4711"));
    }
}
