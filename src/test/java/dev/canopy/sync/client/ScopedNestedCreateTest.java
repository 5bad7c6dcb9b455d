package dev.canopy.sync.client;

import dev.canopy.domain.command.CreateTenant;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A technician scoped to Acme creates a tenant under Acme and, offline still, a sub-tenant under the new one, then
 * syncs once: both land on the server. (The server judged a push's scope by the tree as it stood before the push, so
 * the sub-tenant came back REJECTED as "outside your scope". Found by the convergence property's scoped client.)
 */
class ScopedNestedCreateTest extends ScopedTeamTest {

    @Test
    void aTenantCreatedUnderATenantCreatedInTheSamePushIsApplied() throws Exception {
        team = new ScopedTeam(root);
        InProcessServer server = team.server;
        FleetClient admin = team.admin;
        FleetClient toni = team.toni;
        String adminToken = admin.token;
        UUID acme = toni.store.tenantNamesIncludingDeleted().entrySet().stream().filter(e -> e.getValue().name().equals("Acme"))
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
        UUID site = UUID.randomUUID();
        UUID floor = UUID.randomUUID();

        assertThat(toni.edit(new CreateTenant(site, acme, "Acme Munich"))).isTrue();
        assertThat(toni.edit(new CreateTenant(floor, site, "Munich floor 2"))).isTrue();
        SyncOutcome outcome = toni.sync().orElseThrow();

        assertThat(toni.ledger.conflicts()).as("nothing refused").isEmpty();
        assertThat(outcome.applied()).isEqualTo(2);
        assertThat(server.liveState(adminToken)).containsKeys("tenant/" + site, "tenant/" + floor);
        assertThat(ConvergenceChecks.sameAsServer(toni, server.liveState(toni.token))).isEmpty();
    }
}
