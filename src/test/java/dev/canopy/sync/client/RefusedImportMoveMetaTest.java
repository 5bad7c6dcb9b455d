package dev.canopy.sync.client;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.ImportRecords;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.SyncConflict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import that only moves an existing computer (the file lists it under another site) and that the server refuses:
 * the computer goes back to the server's record whole, meta included, not just its tenant. Found by the convergence
 * property (case 3482371929435736271): an import's part of existing computers was REJECTED and a computer it had only
 * moved got its tenant back but kept the import's meta, showing the laptop's refused import as its last change.
 */
class RefusedImportMoveMetaTest extends ScopedTeamTest {

    @Test
    void aRefusedImportThatOnlyMovedAComputerLeavesItExactlyAsTheServerHoldsIt() throws Exception {
        team = new ScopedTeam(root);
        FleetClient admin = team.admin;
        UUID acme = ScopedTeam.tenant(admin, "Acme");
        Computer pc1 = ScopedTeam.computer(admin, acme, "PC-1");
        // Toni names a site "Acme Munich" first; the admin, offline, imports a file with that site and PC-1 in it
        assertThat(team.toni.edit(new CreateTenant(UUID.randomUUID(), acme, "Acme Munich"))).isTrue();
        team.toni.sync().orElseThrow();
        assertThat(admin.edit(movedByImport(acme, pc1))).isTrue();
        Map<?, ?> importedMeta = (Map<?, ?>) admin.localState().get("computer/" + pc1.id()).get("meta");
        assertThat(importedMeta.get("updatedBy")).as("the import stamped the laptop's meta").isNotEqualTo(pc1.meta().updatedBy());

        admin.sync().orElseThrow();

        assertThat(admin.ledger.conflicts()).isNotEmpty().allMatch(c -> c.kind().equals(SyncConflict.REJECTED));
        Map<String, Object> theirs = team.server.liveState(admin.token).get("computer/" + pc1.id());
        Map<String, Object> mine = admin.localState().get("computer/" + pc1.id());
        assertThat(mine.get("tenantId")).as("back in Acme").isEqualTo(theirs.get("tenantId"));
        Map<?, ?> myMeta = (Map<?, ?>) mine.get("meta");
        Map<?, ?> theirMeta = (Map<?, ?>) theirs.get("meta");
        assertThat(((Number) myMeta.get("version")).longValue()).as("the server's version").isEqualTo(((Number) theirMeta.get("version")).longValue());
        assertThat(myMeta.get("updatedBy")).as("changed last by").isEqualTo(theirMeta.get("updatedBy"));
        assertThat(Instant.parse(String.valueOf(myMeta.get("updatedAt")))).as("changed last at")
                .isEqualTo(Instant.parse(String.valueOf(theirMeta.get("updatedAt"))));
        assertThat(ConvergenceChecks.sameAsServer(admin, team.server.liveState(admin.token))).isEmpty();
    }

    /** A new site under Acme with PC-1 listed in it and nothing else of PC-1 changed. */
    private static ImportRecords movedByImport(UUID acme, Computer pc1) {
        Tenant site = new Tenant(UUID.randomUUID(), "Acme Munich", "", TenantKind.SUB, acme, "", "", List.of(), true,
                List.of(new ExternalRef("ninjaone", "loc-munich")), RecordMeta.created(Instant.EPOCH, "import"));
        Computer moved = new Computer(pc1.id(), pc1.name(), site.id(), pc1.serialNumber(), pc1.deviceId(), pc1.os(), pc1.osVersion(),
                pc1.lastSeen(), pc1.primaryPersonId(), pc1.tags(), List.of(), pc1.meta());
        return new ImportRecords("import of 1 computer from ninja.csv", List.of(site), List.of(), List.of(moved));
    }
}
