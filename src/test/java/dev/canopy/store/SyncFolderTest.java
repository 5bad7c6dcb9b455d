package dev.canopy.store;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.SetPreference;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.store.SyncLedger.PulledChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.canopy.store.SyncFixture.computer;
import static dev.canopy.store.SyncFixture.person;
import static dev.canopy.store.SyncFixture.tenant;
import static dev.canopy.store.SyncFixture.upsert;
import static org.assertj.core.api.Assertions.assertThat;

/** The data folder's sync state: the first publish's records, the publish itself, a fresh download's empty copy. */
class SyncFolderTest {

    @TempDir
    Path folder;

    private SyncFixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @Test
    void aNewFolderHasAClientIdNoCursorAndHasNeverSynced() {
        f = new SyncFixture(folder);

        assertThat(f.ledger.clientId()).matches("[0-9a-f-]{36}");
        assertThat(f.ledger.cursor()).isZero();
        assertThat(f.ledger.everSynced()).isFalse();
        assertThat(f.ledger.hasLocalData()).isFalse();
        assertThat(f.ledger.tracking()).isFalse();
    }

    @Test
    void everyLiveRecordIsListedTenantsParentFirstThenWhatTheyOwn() {
        f = new SyncFixture(folder);
        UUID msp = UUID.randomUUID();
        UUID acme = UUID.randomUUID();
        UUID berlin = UUID.randomUUID();
        UUID erin = UUID.randomUUID();
        UUID pc = UUID.randomUUID();
        // the child's row is written before its parent's: the listing must not follow the table's order
        f.ledger.applyPage(List.of(upsert(tenant(berlin, "Acme Berlin", acme, 0)), upsert(tenant(acme, "Acme", msp, 0)),
                upsert(tenant(msp, "Northwind", null, 0)), upsert("person", erin, person(erin, berlin, "Erin Walsh", 0)),
                upsert("computer", pc, computer(pc, berlin, "PC-1", 0))), 0);
        f.store.execute(new SetPreference(acme, "maintenance.rebootPreference", PreferenceMode.OVERRIDE, "FORCE"));
        UUID gone = UUID.randomUUID();
        f.store.execute(new CreateTenant(gone, msp, "Gone"));
        f.store.execute(new dev.canopy.domain.command.DeleteTenant(gone));

        List<PulledChange> listed = new ArrayList<>();
        f.ledger.forEachRecord(listed::add);

        assertThat(listed).extracting(PulledChange::entity).containsExactly("tenant", "tenant", "tenant", "person", "computer", "preference");
        assertThat(listed.subList(0, 3)).extracting(PulledChange::id).containsExactly(msp, acme, berlin);
        assertThat(listed.get(4).record()).containsEntry("tenantId", berlin.toString()).containsKey("software");
        assertThat(listed.get(5).record()).containsEntry("key", "maintenance.rebootPreference").containsEntry("value", "FORCE");
        assertThat(listed).allSatisfy(c -> assertThat(c.op()).isEqualTo("UPSERT"));
    }

    @Test
    void afterAPublishTheOutboxIsEmptyAndTheFolderCountsAsSynced() {
        f = new SyncFixture(folder);
        UUID msp = UUID.randomUUID();
        f.store.execute(new CreateTenant(msp, null, "Northwind"));
        f.store.execute(new UpdateTenant(msp, new TenantChanges("Northwind IT", null, null, null, null)));

        f.ledger.published(2);

        assertThat(f.ledger.pending()).isEmpty();
        assertThat(f.ledger.everSynced()).isTrue();
        assertThat(f.ledger.cursor()).isEqualTo(2);
        assertThat(f.ledger.hasLocalData()).isTrue();
    }

    @Test
    void replacingTheLocalCopyKeepsTheOldDatabaseAsABackupAndStartsOverWithTheSameClientIdAndMutationIds() throws Exception {
        f = new SyncFixture(folder);
        String clientId = f.ledger.clientId();
        UUID msp = UUID.randomUUID();
        f.store.execute(new CreateTenant(msp, null, "Northwind"));
        f.ledger.enableTracking(true);
        f.ledger.applyPage(List.of(), 5);

        Path backup = f.ledger.replaceLocalWithEmpty();

        assertThat(backup.getFileName().toString()).matches("canopy-backup-\\d{8}-\\d{6}\\.mv\\.db");
        assertThat(backup.getParent()).isEqualTo(folder);
        assertThat(f.ledger.hasLocalData()).isFalse();
        assertThat(f.ledger.pending()).isEmpty();
        assertThat(f.ledger.cursor()).isZero();
        assertThat(f.ledger.everSynced()).isFalse();
        assertThat(f.ledger.clientId()).isEqualTo(clientId);
        assertThat(f.ledger.tracking()).isTrue();
        assertThat(f.store.loadHierarchy().root()).isEmpty();
        UUID fresh = UUID.randomUUID();
        f.store.execute(new CreateTenant(fresh, null, "Northwind"));  // the empty copy takes edits at once
        assertThat(f.ledger.pending()).singleElement().satisfies(e -> assertThat(e.id()).as("ids are never reused").isEqualTo(2));

        String url = "jdbc:h2:file:" + backup.toString().replaceAll("\\.mv\\.db$", "") + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (var connection = DriverManager.getConnection(url, "sa", ""); var st = connection.createStatement();
             var rows = st.executeQuery("select name from tenant")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Northwind");
        }
        assertThat(Files.list(folder).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".zip"));
    }
}
