package dev.canopy.sync.client;

import dev.canopy.domain.merge.MergeTenants;
import dev.canopy.domain.command.ReassignComputers;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.computer.Computer;
import dev.canopy.store.SyncConflict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A technician scoped to Acme has a conflict open when a 409 reset comes (the admin moved Initech under Acme): the
 * client downloads again over its local copy, as the conflict must stay, and a computer the admin moved out of Acme
 * meanwhile must leave the local copy too. (It stayed: the download from 0 does not name records that left a scope,
 * so nothing removed them. Found by the convergence property, case seed -230.)
 */
class ResetOverOpenConflictTest extends ScopedTeamTest {

    @Test
    void aRecordThatLeftTheScopeLeavesTheLocalCopyThoughAConflictKeptIt() throws Exception {
        team = new ScopedTeam(root);
        InProcessServer server = team.server;
        FleetClient admin = team.admin;
        FleetClient toni = team.toni;
        Map<String, UUID> tenants = new java.util.HashMap<>();
        admin.store.tenantNamesIncludingDeleted().forEach((id, name) -> tenants.put(name.name(), id));
        Computer leaving = admin.store.computers(List.of(tenants.get("Acme")), false).get(0);

        assertThat(admin.edit(new UpdateTenant(tenants.get("Acme Berlin"), TenantChanges.rename("Berlin Mitte")))).isTrue();
        assertThat(admin.edit(ReassignComputers.to(tenants.get("Globex"), List.of(leaving.id())))).isTrue();
        assertThat(admin.edit(new UpdateTenant(tenants.get("Initech"), TenantChanges.move(tenants.get("Acme"))))).isTrue();
        admin.sync().orElseThrow();
        assertThat(toni.edit(new UpdateTenant(tenants.get("Acme Berlin"), TenantChanges.rename("Berlin West")))).isTrue();
        toni.sync().orElseThrow();

        assertThat(toni.ledger.conflicts()).extracting(SyncConflict::kind).containsExactly(SyncConflict.CONFLICT);
        assertThat(toni.localState()).as("Initech moved into Toni's scope").containsKey("tenant/" + tenants.get("Initech"))
                .as("the computer moved to Globex is gone").doesNotContainKey("computer/" + leaving.id());
        assertThat(ConvergenceChecks.sameAsServer(toni, server.liveState(toni.token))).isEmpty();
    }

    /**
     * The same reset after the admin merged Acme Berlin into Globex: Berlin's computer now lives in Globex, out of Toni's
     * scope, while Toni's copy holds it under a tenant the download marks deleted. It must leave too. (It stayed: what
     * the download was compared with skipped the records of deleted tenants. Case seed 256493.)
     */
    @Test
    void aComputerOfAMergedAwayTenantLeavesTheLocalCopy() throws Exception {
        team = new ScopedTeam(root);
        FleetClient admin = team.admin;
        FleetClient toni = team.toni;
        Map<String, UUID> tenants = new java.util.HashMap<>();
        admin.store.tenantNamesIncludingDeleted().forEach((id, name) -> tenants.put(name.name(), id));
        Computer berlins = admin.store.computers(List.of(tenants.get("Acme Berlin")), false).get(0);

        assertThat(toni.edit(new UpdateTenant(tenants.get("Acme Berlin"), TenantChanges.rename("Berlin West")))).isTrue();
        assertThat(admin.edit(new UpdateTenant(tenants.get("Acme Berlin"), TenantChanges.rename("Berlin Mitte")))).isTrue();
        admin.sync().orElseThrow();
        toni.sync().orElseThrow();
        assertThat(toni.ledger.conflicts()).extracting(SyncConflict::kind).containsExactly(SyncConflict.CONFLICT);

        assertThat(admin.edit(new MergeTenants(tenants.get("Acme Berlin"), tenants.get("Globex"), Map.of()))).isTrue();
        assertThat(admin.edit(new UpdateTenant(tenants.get("Initech"), TenantChanges.move(tenants.get("Acme"))))).isTrue();
        admin.sync().orElseThrow();
        toni.sync().orElseThrow();

        assertThat(toni.localState()).as("Initech moved into Toni's scope").containsKey("tenant/" + tenants.get("Initech"));
        assertThat(toni.store.computers(List.of(tenants.get("Acme Berlin")), false)).as("Berlin's computer, now Globex's, is gone")
                .extracting(Computer::id).doesNotContain(berlins.id());
        assertThat(ConvergenceChecks.sameAsServer(toni, team.server.liveState(toni.token))).isEmpty();
    }
}
