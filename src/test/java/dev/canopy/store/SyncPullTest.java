package dev.canopy.store;

import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.SyncLedger.PageApplied;
import dev.canopy.store.SyncLedger.PulledChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.canopy.store.SyncFixture.changed;
import static dev.canopy.store.SyncFixture.computer;
import static dev.canopy.store.SyncFixture.person;
import static dev.canopy.store.SyncFixture.revoke;
import static dev.canopy.store.SyncFixture.tenant;
import static dev.canopy.store.SyncFixture.upsert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pulled pages applied to a real store: rebase, revoke, atomic page and cursor, the tree afterwards. */
class SyncPullTest {

    @TempDir
    Path folder;

    private SyncFixture f;
    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID berlin = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    private final UUID erin = UUID.randomUUID();
    private final UUID pc = UUID.randomUUID();
    private final Tenant acmeV7 = tenant(acme, "Acme", null, 7);

    @BeforeEach
    void pulled() {
        f = new SyncFixture(folder);
        f.ledger.enableTracking(true);
        f.ledger.applyPage(List.of(upsert(tenant(msp, "Northwind", null, 1)), upsert(tenant(acme, "Acme", msp, 7)),
                upsert(tenant(berlin, "Acme Berlin", acme, 8)), upsert(tenant(globex, "Globex", msp, 3)),
                upsert("person", erin, person(erin, berlin, "Erin Walsh", 9)),
                upsert("computer", pc, computer(pc, berlin, "PC-1", 4))), 9);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aPulledChangeOfARecordWithAPendingRenameKeepsTheRenameAndTakesTheServersOtherFields() {
        f.store.execute(new UpdateTenant(acme, new TenantChanges("Acme Corp", null, null, null, null)));

        PageApplied applied = f.ledger.applyPage(List.of(new PulledChange("UPSERT", "tenant", acme,
                changed(tenant(acme, "Acme", msp, 7), 12, Map.of("description", "Two sites", "timeZone", "Europe/Berlin")))), 12);

        Tenant local = f.store.tenant(acme).orElseThrow();
        assertThat(local.name()).isEqualTo("Acme Corp");
        assertThat(local.slug()).isEqualTo("acme-corp");
        assertThat(local.description()).isEqualTo("Two sites");
        assertThat(local.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(local.meta().version()).isEqualTo(12);
        assertThat(applied.rebased()).isEqualTo(1);
        assertThat(f.ledger.pending()).singleElement().satisfies(e -> assertThat(e.baseVersion()).isEqualTo(7));
        assertThat(f.ledger.cursor()).isEqualTo(12);
    }

    /** Kleppmann's move: Globex moved under Acme here, Acme moved under Globex on the server; the loop is not made. */
    @Test
    void aPendingMoveThatWouldCloseALoopWithTheServersTreeIsSetBackAndStaysPendingForTheServerToRefuse() {
        f.store.execute(new UpdateTenant(globex, TenantChanges.move(acme)));

        f.ledger.applyPage(List.of(new PulledChange("UPSERT", "tenant", acme, changed(acmeV7, 14, Map.of("parentId", globex.toString())))), 14);

        assertThat(f.store.tenant(acme).orElseThrow().parentId()).as("the server's move stands").isEqualTo(globex);
        assertThat(f.store.tenant(globex).orElseThrow().parentId()).as("no loop: Globex back under its server parent").isEqualTo(msp);
        assertThat(f.store.loadHierarchy().pathText(berlin)).isEqualTo("Northwind › Globex › Acme › Acme Berlin");
        assertThat(f.ledger.pending()).as("the server will refuse it as a cycle and say why").singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("tenant.update"));
    }

    /** After a download over a kept copy, a tenant it brought may sit under one that left the scope (seed -279). */
    @Test
    void removingWhatADownloadDidNotBringNeverTakesATenantItBrought() {
        f.ledger.applyPage(List.of(new PulledChange("UPSERT", "tenant", acme, changed(acmeV7, 15, Map.of("parentId", berlin.toString())))), 15);

        f.ledger.revokeNotReceived(List.of(new PulledChange("REVOKE", "tenant", berlin, null)), java.util.Set.of(acme, msp, globex));

        assertThat(f.store.tenant(acme)).as("brought by the download: stays").isPresent();
        assertThat(f.store.loadHierarchy().node(berlin)).as("left the scope").isEmpty();
        assertThat(f.store.computersByIds(List.of(pc), false)).as("Berlin's computer went with it").isEmpty();
    }

    @Test
    void aPulledRecordNobodyEditsReplacesTheLocalOneAndTheTreeShowsIt() {
        assertThat(f.store.loadHierarchy().children(msp)).extracting(TenantNode::name).contains("Acme", "Globex");
        UUID initech = UUID.randomUUID();

        f.ledger.applyPage(List.of(new PulledChange("UPSERT", "tenant", globex, changed(tenant(globex, "Globex", msp, 3), 13,
                Map.of("name", "Globex Ltd", "slug", "globex-ltd"))), upsert(tenant(initech, "Initech", msp, 14))), 14);

        assertThat(f.store.loadHierarchy().children(msp)).extracting(TenantNode::name).containsExactlyInAnyOrder("Acme", "Globex Ltd", "Initech");
    }

    @Test
    void aChildBeforeItsParentInAPageIsApplied() {
        UUID initech = UUID.randomUUID();
        UUID initechLa = UUID.randomUUID();
        UUID bob = UUID.randomUUID();

        f.ledger.applyPage(List.of(upsert("person", bob, person(bob, initechLa, "Bob Porter", 17)),
                upsert(tenant(initechLa, "Initech LA", initech, 16)), upsert(tenant(initech, "Initech", msp, 15))), 17);

        assertThat(f.store.loadHierarchy().children(initech)).extracting(TenantNode::name).containsExactly("Initech LA");
        assertThat(f.store.records(dev.canopy.domain.person.PersonKind.INSTANCE, List.of(initechLa))).hasSize(1);
    }

    @Test
    void aParentThatComesInALaterPageReplacesItsHiddenPlaceholder() {
        UUID initech = UUID.randomUUID();
        UUID initechLa = UUID.randomUUID();

        f.ledger.applyPage(List.of(upsert(tenant(initechLa, "Initech LA", initech, 16))), 16);
        assertThat(f.store.loadHierarchy().node(initech)).as("the placeholder is not shown").isEmpty();
        f.ledger.applyPage(List.of(upsert(tenant(initech, "Initech", msp, 20))), 20);

        assertThat(f.store.loadHierarchy().children(msp)).extracting(TenantNode::name).contains("Initech");
        assertThat(f.store.loadHierarchy().children(initech)).extracting(TenantNode::name).containsExactly("Initech LA");
    }

    @Test
    void aTenantTakingASlugWhoseHolderMovesOnLaterInThePageIsApplied() {
        // on the server: Acme became "Acme Old", then Globex became "Acme"; the page brings Globex first
        f.ledger.applyPage(List.of(
                new PulledChange("UPSERT", "tenant", globex, changed(tenant(globex, "Globex", msp, 3), 30, Map.of("name", "Acme", "slug", "acme"))),
                new PulledChange("UPSERT", "tenant", acme, changed(acmeV7, 31, Map.of("name", "Acme Old", "slug", "acme-old",
                        "parentId", msp.toString(), "kind", "CLIENT")))), 31);

        assertThat(f.store.tenant(globex).orElseThrow().slug()).isEqualTo("acme");
        assertThat(f.store.tenant(acme).orElseThrow().slug()).isEqualTo("acme-old");
    }

    @Test
    void aDeleteOfARecordWithAPendingEditTombstonesItAndKeepsTheEditQueued() throws Exception {
        f.store.execute(new UpdateTenant(globex, new TenantChanges(null, "Mine", null, null, null)));

        PageApplied applied = f.ledger.applyPage(List.of(new PulledChange("DELETE", "tenant", globex,
                changed(tenant(globex, "Globex", msp, 3), 18, Map.of("meta", Map.of("version", 18, "updatedAt", "2026-12-01T09:30:00Z",
                        "updatedBy", "sam@northwind.example", "deleted", true))))), 18);

        Tenant local = f.store.tenant(globex).orElseThrow();
        assertThat(local.deleted()).isTrue();
        assertThat(local.description()).isEqualTo("Mine");
        assertThat(applied.rebased()).isEqualTo(1);
        assertThat(f.ledger.pending()).hasSize(1);
        assertThat(f.count("select count(*) from sync_shadow where record_id = '" + globex + "' and version = 18")).isEqualTo(1);
    }

    @Test
    void aRevokedPersonIsRemovedAndComputersNoLongerPointAtThem() throws Exception {
        f.ledger.applyPage(List.of(upsert("computer", pc, new dev.canopy.domain.computer.Computer(pc, "PC-1", berlin, "SN", "dev-" + pc,
                "Windows", "11", null, erin, List.of(), List.of(), SyncFixture.server(25)))), 25);

        f.ledger.applyPage(List.of(revoke("person", erin)), 26);

        assertThat(f.count("select count(*) from person")).isZero();
        assertThat(f.count("select count(*) from computer where primary_person_id is null")).isEqualTo(1);
    }

    @Test
    void aDeleteTombstonesTheRecord() {
        f.ledger.applyPage(List.of(new PulledChange("DELETE", "tenant", globex,
                changed(tenant(globex, "Globex", msp, 3), 18, Map.of("meta", Map.of("version", 18, "updatedAt", "2026-12-01T09:30:00Z",
                        "updatedBy", "sam@northwind.example", "deleted", true))))), 18);

        assertThat(f.store.tenant(globex).orElseThrow().deleted()).isTrue();
        assertThat(f.store.loadHierarchy().node(globex)).isEmpty();
    }

    @Test
    void aRevokedTenantTakesItsSubtreeAndEverythingItOwnsWithIt() throws Exception {
        PageApplied applied = f.ledger.applyPage(List.of(revoke("tenant", acme)), 19);

        assertThat(applied.revoked()).isEqualTo(1);
        assertThat(f.store.tenant(acme)).isEmpty();
        assertThat(f.store.tenant(berlin)).isEmpty();
        assertThat(f.count("select count(*) from person")).isZero();
        assertThat(f.count("select count(*) from computer")).isZero();
        assertThat(f.store.loadHierarchy().children(msp)).extracting(TenantNode::name).containsExactly("Globex");
        assertThat(f.ledger.conflicts()).isEmpty();
        assertThat(f.ledger.cursor()).isEqualTo(19);
    }

    @Test
    void aRevokeOfARecordWithPendingEditsMovesThemToConflicts() throws Exception {
        f.store.execute(new UpdateTenant(berlin, new TenantChanges(null, "Berlin office", null, null, null)));
        f.store.execute(ReassignComputers.to(globex, List.of(pc)));  // moved out of the subtree locally: it is still in it on the server
        f.store.execute(new UpdateTenant(globex, new TenantChanges(null, "Unrelated", null, null, null)));

        f.ledger.applyPage(List.of(revoke("tenant", acme)), 19);

        assertThat(f.ledger.conflicts()).extracting(SyncConflict::kind, SyncConflict::name, SyncConflict::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("REVOKED", "tenant.update", "Acme left your scope"),
                org.assertj.core.groups.Tuple.tuple("REVOKED", "computer.reassign", "Acme left your scope"));
        assertThat(f.ledger.pending()).extracting(PendingEdit::name).containsExactly("tenant.update");
        assertThat(f.ledger.pending().get(0).args()).contains("Unrelated");
        assertThat(f.count("select count(*) from computer")).as("the computer left with its server tenant").isZero();
        assertThat(f.count("select count(*) from sync_shadow where record_id = '" + pc + "'")).isZero();
    }

    @Test
    void aRevokeOfARecordNeverPulledChangesNothing() {
        PageApplied applied = f.ledger.applyPage(List.of(revoke("tenant", UUID.randomUUID())), 21);

        assertThat(applied.revoked()).isZero();
        assertThat(f.store.loadHierarchy().children(msp)).hasSize(2);
    }

    @Test
    void aPageWithAFailingChangeLeavesTheCursorAndEveryRowAsTheyWere() {
        Map<String, Object> broken = changed(tenant(globex, "Globex", msp, 3), 22, Map.of("kind", "PLANET"));

        assertThatThrownBy(() -> f.ledger.applyPage(List.of(new PulledChange("UPSERT", "tenant", acme,
                        changed(acmeV7, 21, Map.of("parentId", msp.toString(), "kind", "CLIENT", "description", "changed"))),
                revoke("tenant", berlin), new PulledChange("UPSERT", "tenant", globex, broken)), 22))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tenant").hasMessageContaining("PLANET");

        assertThat(f.ledger.cursor()).isEqualTo(9);
        assertThat(f.store.tenant(acme).orElseThrow().description()).isEmpty();
        assertThat(f.store.tenant(berlin)).isPresent();
        assertThat(f.store.loadHierarchy().children(acme)).extracting(TenantNode::name).containsExactly("Acme Berlin");
    }

    @Test
    void aPageWithAnUnknownOpIsRefusedNamingTheChange() {
        assertThatThrownBy(() -> f.ledger.applyPage(List.of(upsert(tenant(UUID.randomUUID(), "X", msp, 30)),
                new PulledChange("MOVE", "tenant", acme, null)), 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("change 2 of the page: op must be UPSERT, DELETE or REVOKE, got \"MOVE\"");
        assertThat(f.ledger.cursor()).isEqualTo(9);
    }
}
