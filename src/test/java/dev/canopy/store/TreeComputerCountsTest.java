package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.merge.MergeTenants;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The tree's computer counts are kept between reads, and every write that moves computers shows in the next read. */
class TreeComputerCountsTest {

    @TempDir
    Path folder;

    private LocalStore store;
    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    private final UUID pc1 = UUID.randomUUID();
    private final UUID pc2 = UUID.randomUUID();

    @BeforeEach
    void seed() {
        store = LocalStore.open(folder);
        RecordMeta meta = RecordMeta.created(Instant.EPOCH, "seed");
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(new Tenant(msp, "Northwind", "northwind", TenantKind.MSP, null, "", "", List.of(), true, List.of(), meta));
            writer.tenant(new Tenant(acme, "Acme", "acme", TenantKind.CLIENT, msp, "", "", List.of(), true, List.of(), meta));
            writer.computer(computer(pc1, "ACME-1", meta));
            writer.computer(computer(pc2, "ACME-2", meta));
            assertThat(counts()).isEmpty();  // read (and kept) before the sample commits
            writer.commit();
        }
        store.execute(new CreateTenant(globex, msp, "Globex"));
    }

    private Computer computer(UUID id, String name, RecordMeta meta) {
        return new Computer(id, name, acme, "S-" + name, "D-" + name, "Windows 11 Pro", "24H2", Instant.EPOCH, null, List.of(), List.of(), meta);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Map<UUID, Integer> counts() {
        Map<UUID, Integer> counts = new java.util.HashMap<>();
        store.loadHierarchy().depthFirst().stream().filter(n -> n.computers() > 0).forEach(n -> counts.put(n.id(), n.computers()));
        return counts;
    }

    @Test
    void theSampleCountsShowAfterItCommitsAndATenantEditKeepsThem() {
        assertThat(counts()).containsExactlyInAnyOrderEntriesOf(Map.of(acme, 2));
        store.execute(new UpdateTenant(globex, TenantChanges.rename("Globex Corp")));
        assertThat(counts()).containsExactlyInAnyOrderEntriesOf(Map.of(acme, 2));
    }

    @Test
    void aReassignAndItsUndoShowInTheNextRead() {
        assertThat(counts()).containsEntry(acme, 2);
        Command.Applied moved = store.execute(ReassignComputers.to(globex, List.of(pc1)));
        assertThat(counts()).containsExactlyInAnyOrderEntriesOf(Map.of(acme, 1, globex, 1));
        store.execute(moved.inverse());
        assertThat(counts()).containsExactlyInAnyOrderEntriesOf(Map.of(acme, 2));
    }

    @Test
    void aMergeAndItsUndoShowInTheNextRead() {
        assertThat(counts()).containsEntry(acme, 2);
        Command.Applied merged = store.execute(new MergeTenants(acme, globex, Map.of()));
        assertThat(counts()).containsExactlyInAnyOrderEntriesOf(Map.of(globex, 2));
        store.execute(merged.inverse());
        assertThat(counts()).containsExactlyInAnyOrderEntriesOf(Map.of(acme, 2));
    }
}
