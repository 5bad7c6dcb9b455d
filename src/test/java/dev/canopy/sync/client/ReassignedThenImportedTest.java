package dev.canopy.sync.client;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.ImportRecords;
import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.SyncConflict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A computer moved here (its shadow then holds only its server tenant) and then changed by an import before either
 * was pushed: when the server applies the move and refuses the import (its new site's name was taken), the computer
 * is exactly what the server holds, its name and operating system included, not a half-record of what the move kept.
 */
class ReassignedThenImportedTest extends ScopedTeamTest {

    @Test
    void aRefusedImportOfAMovedComputerLeavesItAsTheServerHasIt() throws Exception {
        team = new ScopedTeam(root);
        FleetClient admin = team.admin;
        UUID acme = ScopedTeam.tenant(admin, "Acme");
        UUID globex = ScopedTeam.tenant(admin, "Globex");
        Computer pc1 = ScopedTeam.computer(admin, acme, "PC-1");
        // Toni names a site "Acme Munich" first; the admin, offline, moves PC-1 and then imports a file that creates
        // the same site, lists PC-1 there and changes its name and operating system
        assertThat(team.toni.edit(new CreateTenant(UUID.randomUUID(), acme, "Acme Munich"))).isTrue();
        team.toni.sync().orElseThrow();
        assertThat(admin.edit(ReassignComputers.to(globex, List.of(pc1.id())))).isTrue();
        assertThat(admin.edit(importOf(acme, pc1))).isTrue();

        admin.sync().orElseThrow();
        admin.sync().orElseThrow();

        assertThat(admin.ledger.conflicts()).as("the move went through, both parts of the import were refused").hasSize(2)
                .allMatch(c -> c.name().equals("import.apply") && c.kind().equals(SyncConflict.REJECTED));
        Computer after = admin.store.computers(List.of(globex), false).stream().filter(c -> c.id().equals(pc1.id())).findFirst().orElseThrow();
        assertThat(after.name()).isEqualTo("PC-1");
        assertThat(after.os()).isEqualTo("Windows 11 Pro");
        assertThat(ConvergenceChecks.sameAsServer(admin, team.server.liveState(admin.token))).isEmpty();
    }

    /** A new site under Acme with PC-1 in it, renamed, as a re-import of an RMM export brings them. */
    private static ImportRecords importOf(UUID acme, Computer pc1) {
        RecordMeta fresh = RecordMeta.created(Instant.EPOCH, "import");
        Tenant site = new Tenant(UUID.randomUUID(), "Acme Munich", "", TenantKind.SUB, acme, "", "", List.of(), true,
                List.of(new ExternalRef("ninjaone", "loc-munich")), fresh);
        Computer renamed = new Computer(pc1.id(), "PC-1-R", site.id(), pc1.serialNumber(), pc1.deviceId(), "macOS 15", pc1.osVersion(),
                Instant.parse("2026-12-01T10:00:00Z"), pc1.primaryPersonId(), pc1.tags(), List.of(), pc1.meta());
        return new ImportRecords("import of 1 computer from ninja.csv", List.of(site), List.of(), List.of(renamed));
    }
}
