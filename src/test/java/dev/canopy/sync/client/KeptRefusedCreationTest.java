package dev.canopy.sync.client;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.DeleteTenant;
import dev.canopy.store.SyncConflict;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused site creation the technician keeps once its name is free again: the site is made anew, though the
 * refusal left its undone row behind (a tombstone). Found by the convergence property (case 3783498116804), where
 * keeping mine of such a creation failed with the database's duplicate-key error instead.
 */
class KeptRefusedCreationTest extends ScopedTeamTest {

    @Test
    void keepingARefusedCreationMakesTheSiteOnceItsNameIsFree() throws Exception {
        team = new ScopedTeam(root);
        FleetClient admin = team.admin;
        UUID acme = ScopedTeam.tenant(admin, "Acme");
        UUID tonis = UUID.randomUUID();
        assertThat(team.toni.edit(new CreateTenant(tonis, acme, "Acme Munich"))).isTrue();
        team.toni.sync().orElseThrow();
        UUID mine = UUID.randomUUID();
        assertThat(admin.edit(new CreateTenant(mine, acme, "Acme Munich"))).isTrue();
        admin.sync().orElseThrow();
        SyncConflict refused = admin.ledger.conflicts().stream().filter(c -> c.name().equals("tenant.create")).findFirst().orElseThrow();
        assertThat(refused.kind()).isEqualTo(SyncConflict.REJECTED);
        assertThat(team.toni.edit(new DeleteTenant(tonis))).isTrue();
        team.toni.sync().orElseThrow();
        admin.sync().orElseThrow();

        admin.engine.resolve(refused.id(), SyncAgent.Resolution.KEEP_MINE, null);
        admin.sync().orElseThrow();

        assertThat(team.server.liveState(admin.token).get("tenant/" + mine)).as("on the server").isNotNull()
                .containsEntry("name", "Acme Munich");
        assertThat(ConvergenceChecks.sameAsServer(admin, team.server.liveState(admin.token))).isEmpty();
    }
}
