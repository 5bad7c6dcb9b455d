package dev.canopy.store;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.sample.SampleGenerator;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reassigning 10k computers is one command, one transaction, all or nothing. The 10k sample is
 * written once for the class (it is most of the time); each test reads where every computer is
 * when it starts, and leaves them there, so the tests do not depend on their order.
 */
class ReassignComputersTest {

    @TempDir
    static Path folder;

    private static LocalStore store;

    @BeforeAll
    static void sample() {
        store = LocalStore.open(folder);
        try (SampleWriter writer = store.sampleWriter()) {
            new SampleGenerator(5, Instant.parse("2026-11-28T10:00:00Z"), "sample").generate("Northwind", 50, 10_000, writer);
            writer.commit();
        }
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Every computer's tenant, by computer id, read straight from the database. */
    private static Map<UUID, UUID> tenantOfEachComputer() throws SQLException {
        Map<UUID, UUID> tenants = new TreeMap<>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("canopy"), "sa", "");
             var rows = c.createStatement().executeQuery("select id, tenant_id from computer")) {
            while (rows.next()) {
                tenants.put(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
            }
        }
        return tenants;
    }

    private TenantNode someClient(TenantHierarchy h, int index) {
        return h.children(h.root().orElseThrow().id()).get(index);
    }

    @Test
    void withSyncTrackingATenThousandReassignKeepsEveryShadowAndDroppingItSendsEachBack() throws SQLException {
        TenantNode target = someClient(store.loadHierarchy(), 4);
        Map<UUID, UUID> formerTenants = tenantOfEachComputer();
        List<UUID> ids = List.copyOf(formerTenants.keySet());
        SyncLedger ledger = store.syncLedger();
        ledger.published(ledger.cursor());  // the other tests' edits stay pending otherwise, and would keep the computers' tenants
        ledger.enableTracking(true);
        try {
            store.execute(ReassignComputers.to(target.id(), ids));
            PendingEdit reassign = ledger.pending().get(ledger.pending().size() - 1);
            try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("canopy"), "sa", "");
                 var rows = c.createStatement().executeQuery("select count(*) from sync_shadow where entity = 'computer'")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(10_000);
            }

            ledger.dropPending(reassign.id());

            assertThat(tenantOfEachComputer()).isEqualTo(formerTenants);
            assertThat(store.loadHierarchy().node(target.id()).orElseThrow().computers()).isEqualTo(target.computers());
        } finally {
            ledger.enableTracking(false);
        }
    }

    @Test
    void tenThousandComputersMoveInOneStepAndUndoSendsEachBack() throws SQLException {
        TenantHierarchy before = store.loadHierarchy();
        TenantNode target = someClient(before, 3);
        Map<UUID, UUID> formerTenants = tenantOfEachComputer();
        List<UUID> ids = List.copyOf(formerTenants.keySet());
        // from many tenants at once: per-tenant counts alone could hide two computers swapping places
        assertThat(Set.copyOf(formerTenants.values())).hasSizeGreaterThan(10);
        int outboxBefore = store.outbox().size();
        int auditBefore = store.auditOf(ids.get(42)).size();

        Command.Applied applied = store.execute(ReassignComputers.to(target.id(), ids));

        TenantHierarchy after = store.loadHierarchy();
        assertThat(after.node(target.id()).orElseThrow().computers()).isEqualTo(10_000);
        assertThat(tenantOfEachComputer().values()).containsOnly(target.id());
        assertThat(applied.label()).isEqualTo("reassign of 10,000 computers to " + target.name());
        assertThat(store.outbox()).hasSize(outboxBefore + 1);
        assertThat(store.auditOf(ids.get(42))).hasSize(auditBefore + 1).last().satisfies(a -> {
            assertThat(a.action()).isEqualTo("computer.reassign");
            assertThat(a.changes()).contains("\"after\":\"" + target.id());
        });

        store.execute(applied.inverse());
        assertThat(tenantOfEachComputer()).isEqualTo(formerTenants);
        TenantHierarchy undone = store.loadHierarchy();
        for (TenantNode node : before.depthFirst()) {
            assertThat(undone.node(node.id()).orElseThrow().computers()).isEqualTo(node.computers());
        }
    }

    @Test
    void aFailureHalfwayLeavesEveryComputerWhereItWas() throws SQLException {
        TenantHierarchy before = store.loadHierarchy();
        Map<UUID, UUID> formerTenants = tenantOfEachComputer();
        List<UUID> ids = List.copyOf(formerTenants.keySet());
        List<UUID> secondHalf = new ArrayList<>(ids.subList(5_000, 10_000));
        secondHalf.add(UUID.randomUUID());  // gone: refused only after the first half was written
        ReassignComputers command = new ReassignComputers(List.of(
                new ReassignComputers.Group(someClient(before, 1).id(), ids.subList(0, 5_000)),
                new ReassignComputers.Group(someClient(before, 2).id(), secondHalf)));
        int auditBefore = store.auditOf(ids.get(0)).size();
        int outboxBefore = store.outbox().size();

        assertThatThrownBy(() -> store.execute(command)).isInstanceOf(RuleViolation.class).hasMessageContaining("no longer exists");

        assertThat(tenantOfEachComputer()).isEqualTo(formerTenants);
        TenantHierarchy after = store.loadHierarchy();
        for (TenantNode node : before.depthFirst()) {
            assertThat(after.node(node.id()).orElseThrow().computers()).isEqualTo(node.computers());
        }
        assertThat(store.auditOf(ids.get(0))).hasSize(auditBefore);
        assertThat(store.outbox()).hasSize(outboxBefore);
    }
}
