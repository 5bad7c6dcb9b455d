package dev.canopy.sync.client;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.server.AccountStore;
import dev.canopy.server.ApiServer;
import dev.canopy.server.ApiSettings;
import dev.canopy.server.ServerDatabase;
import dev.canopy.server.ServerSync;
import dev.canopy.server.TokenAuthenticator;
import dev.canopy.server.TokenSecrets;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SyncConflict;
import dev.canopy.sync.MutationResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two laptops and the real server over loopback HTTP: first contact (publish, download, refuse, replace), edits
 * that travel both ways, a same-field conflict resolved by keeping mine, the dry-run preview, and working offline.
 */
class SyncEngineTest {

    @TempDir
    Path folder;

    private ServerDatabase database;
    private ApiServer server;
    private String adminToken;
    private String techToken;
    private final List<LocalStore> stores = new ArrayList<>();
    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();

    @BeforeEach
    void start() {
        database = ServerDatabase.open("jdbc:h2:file:" + folder.resolve("server/db") + ";DB_CLOSE_DELAY=0", "sa", null);
        startServer(0);
        AccountStore accounts = new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC());
        adminToken = accounts.issue("alex@northwind.example", null).token();
        techToken = accounts.issue("sam@northwind.example", dev.canopy.domain.person.Role.TECHNICIAN).token();
    }

    private void startServer(int port) {
        server = ApiServer.start(ApiSettings.defaults("127.0.0.1", port, null), new TokenAuthenticator(database.dataSource(), Clock.systemUTC()),
                new ServerSync(database.dataSource(), Clock.systemUTC()), database.schemaVersion());
    }

    @AfterEach
    void stop() {
        stores.forEach(LocalStore::close);
        server.close();
        database.close();
    }

    private LocalStore laptop(String name) {
        LocalStore store = LocalStore.open(folder.resolve(name), name + "@northwind.example", Clock.systemUTC());
        stores.add(store);
        return store;
    }

    private SyncEngine engine(LocalStore store) {
        return new SyncEngine(store, store.syncLedger(), new ConnectionFile(folder.resolve("config-" + store.folder().getFileName())),
                HttpServerApi::to, Clock.systemUTC(), millis -> { });
    }

    private ServerConnection connection(String token) {
        return new ServerConnection(URI.create("http://127.0.0.1:" + server.port()), token);
    }

    private static String name(LocalStore store, UUID id) {
        return store.tenant(id).map(Tenant::name).orElse(null);
    }

    /** The admin's laptop publishes a small MSP; the technician's empty laptop downloads it. */
    private SyncEngine[] twoLaptops(LocalStore mine, LocalStore theirs) throws SyncFailure {
        mine.execute(new CreateTenant(msp, null, "Northwind"));
        mine.execute(new CreateTenant(acme, msp, "Acme"));
        mine.execute(new CreateTenant(globex, msp, "Globex"));
        SyncEngine admin = engine(mine);
        ConnectionCheck publish = admin.check(connection(adminToken));
        assertThat(publish.firstContact()).isEqualTo(SyncAgent.FirstContact.PUBLISH);
        assertThat(publish.allowed()).isTrue();
        admin.connect(connection(adminToken), SyncAgent.FirstContact.PUBLISH, SyncProgress.NONE);

        SyncEngine tech = engine(theirs);
        assertThat(tech.check(connection(techToken)).firstContact()).isEqualTo(SyncAgent.FirstContact.DOWNLOAD);
        SyncOutcome downloaded = tech.connect(connection(techToken), SyncAgent.FirstContact.DOWNLOAD, SyncProgress.NONE);
        assertThat(downloaded.pulled()).isGreaterThanOrEqualTo(3);
        return new SyncEngine[]{admin, tech};
    }

    @Test
    void aPublishedTreeIsDownloadedAndEditsTravelBothWays() throws Exception {
        LocalStore alex = laptop("alex");
        LocalStore sam = laptop("sam");
        SyncEngine[] engines = twoLaptops(alex, sam);
        assertThat(name(sam, acme)).isEqualTo("Acme");
        assertThat(engines[0].pending()).as("the published edits left the outbox").isEmpty();

        sam.execute(new UpdateTenant(acme, TenantChanges.rename("Acme Corp")));
        assertThat(engines[1].pending()).hasSize(1);
        SyncOutcome sent = engines[1].syncNow(SyncProgress.NONE);
        assertThat(sent.applied()).isEqualTo(1);
        assertThat(engines[1].status().state()).isEqualTo(SyncStatus.State.SYNCED);
        assertThat(engines[1].status().pending()).isZero();

        engines[0].syncNow(SyncProgress.NONE);
        assertThat(name(alex, acme)).isEqualTo("Acme Corp");

        alex.execute(new UpdateTenant(globex, new TenantChanges(null, "Two sites", null, null, null)));
        engines[0].syncNow(SyncProgress.NONE);
        engines[1].syncNow(SyncProgress.NONE);
        assertThat(sam.tenant(globex).orElseThrow().description()).isEqualTo("Two sites");
    }

    /** A person's Entra object id goes up in the first publish, down in the download, and an edit of it travels back. */
    @Test
    void aPersonsIntegrationMappingsSurvivePublishDownloadAndEdits() throws Exception {
        LocalStore alex = laptop("alex");
        LocalStore sam = laptop("sam");
        UUID dana = UUID.randomUUID();
        alex.execute(new CreateTenant(msp, null, "Northwind"));
        alex.execute(new CreateTenant(acme, msp, "Acme"));
        alex.execute(new dev.canopy.domain.command.SaveRecord<>(dev.canopy.domain.person.PersonKind.INSTANCE,
                new dev.canopy.domain.person.Person(dana, acme, "Dana Cole", "dana@acme.example", null, true,
                        List.of(new dev.canopy.domain.tenant.ExternalRef("entra", "0f6b5c1e-1111-4a2b-9c3d-000000000001")),
                        dev.canopy.domain.RecordMeta.created(java.time.Instant.now(), "alex@northwind.example"))));
        SyncEngine admin = engine(alex);
        admin.connect(connection(adminToken), SyncAgent.FirstContact.PUBLISH, SyncProgress.NONE);
        SyncEngine tech = engine(sam);
        tech.connect(connection(techToken), SyncAgent.FirstContact.DOWNLOAD, SyncProgress.NONE);

        var downloaded = sam.records(dev.canopy.domain.person.PersonKind.INSTANCE, List.of(acme)).get(0);
        assertThat(downloaded.externalId("entra")).contains("0f6b5c1e-1111-4a2b-9c3d-000000000001");

        var remapped = new dev.canopy.domain.person.Person(dana, acme, downloaded.displayName(), downloaded.email(), null, true,
                List.of(new dev.canopy.domain.tenant.ExternalRef("entra", "0f6b5c1e-2222-4a2b-9c3d-000000000002"),
                        new dev.canopy.domain.tenant.ExternalRef("psa", "contact-17")), downloaded.meta());
        sam.execute(new dev.canopy.domain.command.SaveRecord<>(dev.canopy.domain.person.PersonKind.INSTANCE, remapped));
        assertThat(tech.syncNow(SyncProgress.NONE).applied()).isEqualTo(1);
        admin.syncNow(SyncProgress.NONE);

        assertThat(alex.records(dev.canopy.domain.person.PersonKind.INSTANCE, List.of(acme)).get(0).externalRefs())
                .containsExactly(new dev.canopy.domain.tenant.ExternalRef("entra", "0f6b5c1e-2222-4a2b-9c3d-000000000002"),
                        new dev.canopy.domain.tenant.ExternalRef("psa", "contact-17"));
    }

    /** A co-managed IT person placed in Acme downloads Acme alone, and their tree starts at Acme. */
    @Test
    void aTechnicianScopedToOneClientGetsThatClientAsTheTopOfTheirTree() throws Exception {
        LocalStore alex = laptop("alex");
        SyncEngine admin = twoLaptops(alex, laptop("sam"))[0];
        UUID berlin = UUID.randomUUID();
        alex.execute(new CreateTenant(berlin, acme, "Acme Berlin"));
        alex.execute(new dev.canopy.domain.command.SaveRecord<>(dev.canopy.domain.person.PersonKind.INSTANCE,
                new dev.canopy.domain.person.Person(UUID.randomUUID(), acme, "Toni Acme", "toni@acme.example",
                        dev.canopy.domain.person.Role.TECHNICIAN, true, List.of(), dev.canopy.domain.RecordMeta.created(java.time.Instant.now(), "alex@northwind.example"))));
        admin.syncNow(SyncProgress.NONE);
        String toniToken = new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC())
                .issue("toni@acme.example", null).token();

        LocalStore toni = laptop("toni");
        engine(toni).connect(connection(toniToken), SyncAgent.FirstContact.DOWNLOAD, SyncProgress.NONE);
        var tree = toni.loadHierarchy();
        assertThat(tree.root()).as("the top of Toni's tree").map(n -> n.name()).hasValue("Acme");
        assertThat(tree.depthFirst()).extracting(n -> n.name()).containsExactly("Acme", "Acme Berlin");
        assertThat(tree.isMspRoot(acme)).isFalse();
        assertThat(tree.moveProblem(acme, berlin)).hasValueSatisfying(m -> assertThat(m).contains("top of your scope"));
    }

    @Test
    void aSameFieldEditIsAConflictShownWithBothValuesAndKeepingMineSendsIt() throws Exception {
        LocalStore alex = laptop("alex");
        LocalStore sam = laptop("sam");
        SyncEngine[] engines = twoLaptops(alex, sam);

        alex.execute(new UpdateTenant(acme, TenantChanges.rename("Acme Industries")));
        sam.execute(new UpdateTenant(acme, TenantChanges.rename("Acme Corp")));
        engines[1].syncNow(SyncProgress.NONE);
        SyncOutcome late = engines[0].syncNow(SyncProgress.NONE);

        assertThat(late.conflicts()).isEqualTo(1);
        List<SyncConflict> conflicts = engines[0].conflicts();
        assertThat(conflicts).hasSize(1);
        SyncConflict conflict = conflicts.get(0);
        assertThat(conflict.field()).isEqualTo("name");
        assertThat(conflict.mine()).contains("Acme Industries");
        assertThat(conflict.theirs()).contains("Acme Corp");
        assertThat(name(alex, acme)).as("the local copy shows theirs until resolved").isEqualTo("Acme Corp");
        assertThat(engines[0].status().conflicts()).isEqualTo(1);

        engines[0].resolve(conflict.id(), SyncAgent.Resolution.KEEP_MINE, null);
        assertThat(engines[0].conflicts()).isEmpty();
        assertThat(name(alex, acme)).isEqualTo("Acme Industries");
        engines[0].syncNow(SyncProgress.NONE);
        engines[1].syncNow(SyncProgress.NONE);
        assertThat(name(sam, acme)).isEqualTo("Acme Industries");
    }

    @Test
    void thePreviewJudgesPendingEditsWithoutSendingThem() throws Exception {
        LocalStore alex = laptop("alex");
        LocalStore sam = laptop("sam");
        SyncEngine[] engines = twoLaptops(alex, sam);
        sam.execute(new UpdateTenant(acme, TenantChanges.rename("Acme Corp")));
        alex.execute(new UpdateTenant(acme, TenantChanges.rename("Acme Industries")));
        engines[1].syncNow(SyncProgress.NONE);

        List<PreviewItem> preview = engines[0].preview();

        assertThat(preview).extracting(PreviewItem::status).containsExactly(MutationResult.CONFLICT);
        assertThat(preview.get(0).reason()).contains("name");
        assertThat(engines[0].pending()).as("nothing was sent").hasSize(1);
        assertThat(engines[0].conflicts()).isEmpty();
    }

    @Test
    void neverSyncedDataMeetingAServerWithDataIsRefusedUntilTheLocalCopyIsReplacedWithABackupKept() throws Exception {
        LocalStore alex = laptop("alex");
        LocalStore sam = laptop("sam");
        twoLaptops(alex, sam);
        LocalStore other = laptop("other");
        other.execute(new CreateTenant(UUID.randomUUID(), null, "Contoso MSP"));
        SyncEngine engine = engine(other);

        ConnectionCheck check = engine.check(connection(techToken));
        assertThat(check.firstContact()).isEqualTo(SyncAgent.FirstContact.REPLACE_LOCAL);
        assertThat(check.explanation()).contains("never merged");
        assertThatThrownBy(() -> engine.connect(connection(techToken), SyncAgent.FirstContact.PUBLISH, SyncProgress.NONE))
                .isInstanceOf(SyncFailure.class);

        SyncOutcome replaced = engine.connect(connection(techToken), SyncAgent.FirstContact.REPLACE_LOCAL, SyncProgress.NONE);
        assertThat(replaced.backup()).isNotNull();
        assertThat(Files.exists(replaced.backup())).isTrue();
        assertThat(name(other, acme)).isEqualTo("Acme");
        assertThat(other.loadHierarchy().size()).isEqualTo(3);
    }

    @Test
    void offlineEditsWaitAndGoOutWhenTheServerIsBack() throws Exception {
        LocalStore alex = laptop("alex");
        LocalStore sam = laptop("sam");
        SyncEngine[] engines = twoLaptops(alex, sam);
        int port = server.port();
        server.close();

        sam.execute(new UpdateTenant(acme, TenantChanges.rename("Acme Offline")));
        assertThatThrownBy(() -> engines[1].syncNow(SyncProgress.NONE))
                .isInstanceOfSatisfying(SyncFailure.class, f -> assertThat(f.kind()).isEqualTo(SyncFailure.Kind.OFFLINE));
        assertThat(engines[1].status().state()).isEqualTo(SyncStatus.State.OFFLINE);
        assertThat(engines[1].status().pending()).isEqualTo(1);
        assertThat(name(sam, acme)).isEqualTo("Acme Offline");

        startServer(port);
        engines[1].syncNow(SyncProgress.NONE);
        assertThat(engines[1].status().pending()).isZero();
        engines[0].syncNow(SyncProgress.NONE);
        assertThat(name(alex, acme)).isEqualTo("Acme Offline");
    }

    @Test
    void aServerThatCannotContinueFromTheCursorMakesTheClientDownloadAgainKeepingABackup() throws Exception {
        LocalStore alex = laptop("alex");
        LocalStore sam = laptop("sam");
        SyncEngine[] engines = twoLaptops(alex, sam);
        sam.syncLedger().applyPage(List.of(), 10_000);  // a cursor this server never gave (a restored server)

        SyncOutcome again = engines[1].syncNow(SyncProgress.NONE);

        assertThat(again.backup()).as("the discarded copy is kept").isNotNull();
        assertThat(Files.exists(again.backup())).isTrue();
        assertThat(sam.syncLedger().cursor()).isLessThan(10_000);
        assertThat(name(sam, acme)).isEqualTo("Acme");
        assertThat(sam.loadHierarchy().size()).isEqualTo(3);
        sam.execute(new UpdateTenant(acme, TenantChanges.rename("Acme After Reset")));
        engines[1].syncNow(SyncProgress.NONE);
        engines[0].syncNow(SyncProgress.NONE);
        assertThat(name(alex, acme)).as("edits after the reset still travel").isEqualTo("Acme After Reset");
    }

    @Test
    void anEditOfATenantDeletedMeanwhileIsShownAsDeletedAndTheTenantStaysDeleted() throws Exception {
        LocalStore alex = laptop("alex");
        LocalStore sam = laptop("sam");
        SyncEngine[] engines = twoLaptops(alex, sam);
        alex.execute(new dev.canopy.domain.command.DeleteTenant(globex));
        engines[0].syncNow(SyncProgress.NONE);
        sam.execute(new UpdateTenant(globex, TenantChanges.rename("Globex Corp")));

        engines[1].syncNow(SyncProgress.NONE);

        assertThat(engines[1].conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(SyncConflict.DELETED);
            assertThat(c.reason()).contains("deleted on the server");
            assertThat(c.mine()).contains("Globex Corp");
        });
        assertThat(sam.loadHierarchy().node(globex)).as("not brought back").isEmpty();
    }
}
