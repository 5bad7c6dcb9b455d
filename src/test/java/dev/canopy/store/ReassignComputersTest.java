package dev.canopy.store;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.sample.SampleGenerator;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reassigning 10k computers is one command, one transaction, all or nothing. */
class ReassignComputersTest {

    @TempDir
    Path folder;

    private LocalStore store;

    @BeforeEach
    void sample() {
        store = LocalStore.open(folder);
        try (SampleWriter writer = store.sampleWriter()) {
            new SampleGenerator(5, Instant.parse("2026-11-28T10:00:00Z"), "sample").generate("Northwind", 50, 10_000, writer);
            writer.commit();
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<UUID> allComputers() throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("canopy"), "sa", "");
             var rows = c.createStatement().executeQuery("select id from computer order by id")) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private TenantNode someClient(TenantHierarchy h, int index) {
        return h.children(h.root().orElseThrow().id()).get(index);
    }

    @Test
    void tenThousandComputersMoveInOneStepAndUndoSendsEachBack() throws SQLException {
        TenantHierarchy before = store.loadHierarchy();
        TenantNode target = someClient(before, 3);
        List<UUID> ids = allComputers();

        Command.Applied applied = store.execute(ReassignComputers.to(target.id(), ids));

        TenantHierarchy after = store.loadHierarchy();
        assertThat(after.node(target.id()).orElseThrow().computers()).isEqualTo(10_000);
        assertThat(applied.label()).isEqualTo("reassign of 10,000 computers to " + target.name());
        assertThat(store.outbox()).hasSize(1);
        assertThat(store.auditOf(ids.get(42))).singleElement().satisfies(a -> assertThat(a.changes()).contains("\"after\":\"" + target.id()));

        store.execute(applied.inverse());
        TenantHierarchy undone = store.loadHierarchy();
        for (TenantNode node : before.depthFirst()) {
            assertThat(undone.node(node.id()).orElseThrow().computers()).isEqualTo(node.computers());
        }
    }

    @Test
    void aFailureHalfwayLeavesEveryComputerWhereItWas() throws SQLException {
        TenantHierarchy before = store.loadHierarchy();
        List<UUID> ids = allComputers();
        List<UUID> secondHalf = new ArrayList<>(ids.subList(5_000, 10_000));
        secondHalf.add(UUID.randomUUID());  // gone: refused only after the first half was written
        ReassignComputers command = new ReassignComputers(List.of(
                new ReassignComputers.Group(someClient(before, 1).id(), ids.subList(0, 5_000)),
                new ReassignComputers.Group(someClient(before, 2).id(), secondHalf)));

        assertThatThrownBy(() -> store.execute(command)).isInstanceOf(RuleViolation.class).hasMessageContaining("no longer exists");

        TenantHierarchy after = store.loadHierarchy();
        for (TenantNode node : before.depthFirst()) {
            assertThat(after.node(node.id()).orElseThrow().computers()).isEqualTo(node.computers());
        }
        assertThat(store.auditOf(ids.get(0))).isEmpty();
        assertThat(store.outbox()).isEmpty();
    }
}
