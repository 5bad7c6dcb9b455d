package dev.canopy.store;

import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.store.SyncLedger.PushOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.canopy.store.SyncFixture.changed;
import static dev.canopy.store.SyncFixture.tenant;
import static dev.canopy.store.SyncFixture.upsert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Push results settled into the store: conflicts per field, rejected edits undone, the technician dropping an edit. */
class SyncSettleTest {

    @TempDir
    Path folder;

    private SyncFixture f;
    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    private final Tenant acmeV7 = tenant(acme, "Acme", msp, 7);

    @BeforeEach
    void pulled() {
        f = new SyncFixture(folder);
        f.ledger.enableTracking(true);
        f.ledger.applyPage(List.of(upsert(tenant(msp, "Northwind", null, 1)), upsert(acmeV7), upsert(tenant(globex, "Globex", msp, 3))), 7);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private long edit(UUID id, TenantChanges changes) {
        f.store.execute(new UpdateTenant(id, changes));
        List<PendingEdit> pending = f.ledger.pending();
        return pending.get(pending.size() - 1).id();
    }

    @Test
    void aConflictBecomesOneRowPerFieldWithBaseMineAndTheirsAndTheRecordTakesTheirs() {
        long rename = edit(acme, new TenantChanges("Acme Corp", "Dental", null, null, null));
        Map<String, Object> theirs = changed(acmeV7, 12, Map.of("name", "ACME Industries", "slug", "acme-industries", "description", "Two sites"));

        f.ledger.settle(List.of(new PushOutcome(rename, "CONFLICT", "Someone else changed name, slug, description after your edit was made.", theirs)));

        List<SyncConflict> conflicts = f.ledger.conflicts();
        assertThat(conflicts).extracting(SyncConflict::field).containsExactly("name", "slug", "description");
        SyncConflict name = conflicts.get(0);
        assertThat(name.kind()).isEqualTo("CONFLICT");
        assertThat(name.base()).isEqualTo("Acme");
        assertThat(name.mine()).isEqualTo("Acme Corp");
        assertThat(name.theirs()).isEqualTo("ACME Industries");
        assertThat(name.theirsBy()).isEqualTo("sam@northwind.example");
        assertThat(name.theirsAt()).isEqualTo(Instant.parse("2026-12-01T09:30:00Z"));
        assertThat(name.recordName()).isEqualTo("ACME Industries");
        assertThat(name.recordId()).isEqualTo(acme);
        assertThat(name.args()).contains("Acme Corp");
        Tenant local = f.store.tenant(acme).orElseThrow();
        assertThat(local.name()).isEqualTo("ACME Industries");
        assertThat(local.description()).isEqualTo("Two sites");
        assertThat(local.meta().version()).isEqualTo(12);
        assertThat(f.ledger.pending()).isEmpty();
        assertThat(f.store.loadHierarchy().node(acme).orElseThrow().name()).isEqualTo("ACME Industries");
    }

    @Test
    void aConflictOfAPersonSaveComparesTheShadowWithTheServersRecordWhenTheReasonNamesNoField() {
        UUID erin = UUID.randomUUID();
        var pulled = SyncFixture.person(erin, acme, "Erin Walsh", 9);
        f.ledger.applyPage(List.of(upsert("person", erin, pulled)), 9);
        f.store.execute(new dev.canopy.domain.command.SaveRecord<>(dev.canopy.domain.person.PersonKind.INSTANCE,
                new dev.canopy.domain.person.Person(erin, acme, "Erin O'Brien", pulled.email(), null, false, List.of(), pulled.meta())));
        long save = f.ledger.pending().get(0).id();
        Map<String, Object> theirs = changed(pulled, 14, Map.of("displayName", "Erin W."));

        f.ledger.settle(List.of(new PushOutcome(save, "CONFLICT", "Changed meanwhile.", theirs)));

        assertThat(f.ledger.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.entity()).isEqualTo("person");
            assertThat(c.field()).isEqualTo("displayName");
            assertThat(c.base()).isEqualTo("Erin Walsh");
            assertThat(c.mine()).isEqualTo("Erin O'Brien");
            assertThat(c.theirs()).isEqualTo("Erin W.");
            assertThat(c.recordName()).isEqualTo("Erin W.");
        });
        var local = f.store.records(dev.canopy.domain.person.PersonKind.INSTANCE, List.of(acme)).get(0);
        assertThat(local.displayName()).isEqualTo("Erin W.");
        assertThat(local.active()).as("the edit's other field goes back to the server's too").isTrue();
        assertThat(local.meta().version()).isEqualTo(14);
    }

    @Test
    void aConflictKeepsTheFieldsOfALaterPendingEdit() {
        long rename = edit(acme, new TenantChanges("Acme Corp", null, null, null, null));
        edit(acme, new TenantChanges(null, null, null, "Europe/Berlin", null));
        Map<String, Object> theirs = changed(acmeV7, 12, Map.of("name", "ACME Industries", "slug", "acme-industries"));

        f.ledger.settle(List.of(new PushOutcome(rename, "CONFLICT", "Someone else changed name after your edit was made.", theirs)));

        Tenant local = f.store.tenant(acme).orElseThrow();
        assertThat(local.name()).isEqualTo("ACME Industries");
        assertThat(local.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(f.ledger.pending()).extracting(PendingEdit::name).containsExactly("tenant.update");
        assertThat(f.ledger.conflicts()).extracting(SyncConflict::field).containsExactly("name");
    }

    @Test
    void aRejectedMoveGoesBackToTheShadowParent() {
        long move = edit(globex, new TenantChanges(null, null, acme, null, null));
        assertThat(f.store.tenant(globex).orElseThrow().parentId()).isEqualTo(acme);

        f.ledger.settle(List.of(new PushOutcome(move, "REJECTED", "This tenant is outside your scope.", null)));

        Tenant local = f.store.tenant(globex).orElseThrow();
        assertThat(local.parentId()).isEqualTo(msp);
        assertThat(local.kind()).isEqualTo(dev.canopy.domain.tenant.TenantKind.CLIENT);
        assertThat(f.store.loadHierarchy().children(msp)).extracting(TenantNode::name).contains("Globex");
        assertThat(f.ledger.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("REJECTED");
            assertThat(c.field()).isNull();
            assertThat(c.reason()).isEqualTo("This tenant is outside your scope.");
            assertThat(c.recordName()).isEqualTo("Globex");
        });
    }

    @Test
    void appliedAndMergedEditsLeaveTheOutboxAndKeepTheirEffect() throws Exception {
        long rename = edit(acme, new TenantChanges("Acme Corp", null, null, null, null));
        long other = edit(globex, new TenantChanges(null, "Big", null, null, null));

        f.ledger.settle(List.of(new PushOutcome(rename, "APPLIED", null, null), new PushOutcome(other, "MERGED", null, null)));

        assertThat(f.ledger.pending()).isEmpty();
        assertThat(f.store.tenant(acme).orElseThrow().name()).isEqualTo("Acme Corp");
        assertThat(f.count("select count(*) from sync_shadow")).isZero();
        assertThat(f.count("select count(*) from outbox_touch")).isZero();
    }

    @Test
    void anUnknownStatusIsRefusedAndNothingIsSettled() {
        long rename = edit(acme, new TenantChanges("Acme Corp", null, null, null, null));
        long other = edit(globex, new TenantChanges(null, "Big", null, null, null));

        assertThatThrownBy(() -> f.ledger.settle(List.of(new PushOutcome(rename, "APPLIED", null, null), new PushOutcome(other, "DONE", null, null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mutation " + other).hasMessageContaining("\"DONE\"");
        assertThat(f.ledger.pending()).hasSize(2);
    }

    @Test
    void droppingAPendingEditUndoesItButKeepsWhatALaterEditChanged() {
        long rename = edit(acme, new TenantChanges("Acme Corp", "Dental", null, null, null));
        edit(acme, new TenantChanges(null, "Dental group", null, null, null));

        f.ledger.dropPending(rename);

        Tenant local = f.store.tenant(acme).orElseThrow();
        assertThat(local.name()).isEqualTo("Acme");
        assertThat(local.slug()).isEqualTo("acme");
        assertThat(local.description()).isEqualTo("Dental group");
        assertThat(f.ledger.pending()).hasSize(1);
        assertThat(f.ledger.conflicts()).isEmpty();
        assertThat(f.store.loadHierarchy().node(acme).orElseThrow().name()).isEqualTo("Acme");
    }

    @Test
    void droppingAnEditThatIsNotPendingIsRefused() {
        assertThatThrownBy(() -> f.ledger.dropPending(42)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no pending edit with id 42.");
    }

    @Test
    void resolvingAConflictWritesItsAuditEntryAndHidesIt() {
        long move = edit(globex, new TenantChanges(null, null, acme, null, null));
        f.ledger.settle(List.of(new PushOutcome(move, "REJECTED", "No.", null)));
        long conflict = f.ledger.conflicts().get(0).id();

        f.ledger.markResolved(conflict, "took theirs");

        assertThat(f.ledger.conflicts()).isEmpty();
        AuditRecord last = f.store.auditOf(globex).get(f.store.auditOf(globex).size() - 1);
        assertThat(last.action()).isEqualTo("sync.resolve");
        assertThat(last.actor()).isEqualTo("alex");
        assertThat(last.changes()).contains("took theirs");
        assertThatThrownBy(() -> f.ledger.markResolved(conflict, "kept mine")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no open conflict with id " + conflict + ".");
    }
}
