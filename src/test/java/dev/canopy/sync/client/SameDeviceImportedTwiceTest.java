package dev.canopy.sync.client;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.ImportRecords;
import dev.canopy.domain.computer.Computer;
import dev.canopy.store.SyncConflict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two laptops import the same device offline (each as a new computer): the second to sync is refused with a reason
 * naming the device, and its pull of the first one's computer does not fail on the device id its removed copy still
 * held (the sync stopped there for good before). The convergence property's case seed 566 (CI seed) in a fixed form.
 */
class SameDeviceImportedTwiceTest extends ScopedTeamTest {

    @Test
    void theSecondImportOfADeviceIsRefusedByNameAndItsLaptopStillSyncs() throws Exception {
        team = new ScopedTeam(root);
        assertThat(team.admin.edit(importOf(ScopedTeam.tenant(team.admin, "Acme"), "NB-1"))).isTrue();
        assertThat(team.toni.edit(importOf(ScopedTeam.tenant(team.toni, "Acme"), "NB-1 (Toni)"))).isTrue();
        team.admin.sync().orElseThrow();

        team.toni.sync().orElseThrow(() -> new AssertionError("Toni's sync failed: " + team.toni.engine.status().detail()));
        team.toni.sync().orElseThrow();

        assertThat(team.toni.ledger.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(SyncConflict.REJECTED);
            assertThat(c.reason()).isEqualTo("Device id ninja-1 (NB-1 (Toni)) is already another computer's; import the file again to"
                    + " update that computer.");
        });
        assertThat(ConvergenceChecks.sameAsServer(team.toni, team.server.liveState(team.toni.token))).isEmpty();
    }

    private static ImportRecords importOf(UUID tenant, String name) {
        Computer computer = new Computer(UUID.randomUUID(), name, tenant, "NS1", "ninja-1", "Windows 11 Pro", "", null, null, List.of(),
                List.of(), RecordMeta.created(Instant.EPOCH, "import"));
        return new ImportRecords("import of 1 computer from ninja.csv", List.of(), List.of(), List.of(computer));
    }
}
