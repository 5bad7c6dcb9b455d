package dev.canopy.sync.client;

import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.merge.MergeTenants;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A technician scoped to Acme whose tenant is merged into Globex by the admin: the next pull is a 409 reset ("Your
 * access changed"), and afterwards the client holds Globex's records and no longer Acme's. Found by the convergence
 * property with -Dcanopy.convergence.scoped=true (case seed 7).
 */
class ScopeChangeResetTest extends ScopedTeamTest {

    @Test
    void afterTheScopeChangedTheClientHoldsOnlyTheNewScope() throws Exception {
        team = new ScopedTeam(root);
        InProcessServer server = team.server;
        FleetClient admin = team.admin;
        FleetClient toni = team.toni;
        UUID acme = ScopedTeam.tenant(admin, "Acme");
        UUID globex = ScopedTeam.tenant(admin, "Globex");
        assertThat(toni.localState()).containsKey("tenant/" + acme).doesNotContainKey("tenant/" + globex);

        assertThat(admin.edit(new MergeTenants(acme, globex, Map.of()))).isTrue();
        admin.sync().orElseThrow();
        toni.sync().orElseThrow();

        assertThat(toni.localState()).as("Toni now works in Globex").containsKey("tenant/" + globex);
        assertThat(ConvergenceChecks.sameAsServer(toni, server.liveState(toni.token))).isEmpty();
    }

    /** Renaming the technician's own top tenant is no move into their scope: the next pull brings the one change, no download. */
    @Test
    void anEditOfTheScopesOwnTopTenantIsPulledWithoutDownloadingAgain() throws Exception {
        team = new ScopedTeam(root);
        UUID acme = ScopedTeam.tenant(team.admin, "Acme");

        assertThat(team.admin.edit(new UpdateTenant(acme, TenantChanges.rename("Acme Industries")))).isTrue();
        team.admin.sync().orElseThrow();
        SyncOutcome outcome = team.toni.sync().orElseThrow();

        assertThat(outcome.pulled()).as("only the rename").isEqualTo(1);
        assertThat(ScopedTeam.tenant(team.toni, "Acme Industries")).isEqualTo(acme);
    }
}
