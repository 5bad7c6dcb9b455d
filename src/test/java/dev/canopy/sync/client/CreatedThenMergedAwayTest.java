package dev.canopy.sync.client;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.merge.MergeTenants;
import dev.canopy.sync.Health;
import dev.canopy.sync.Identity;
import dev.canopy.sync.PublishRequest;
import dev.canopy.sync.PublishResponse;
import dev.canopy.sync.PullResponse;
import dev.canopy.sync.PushRequest;
import dev.canopy.sync.PushResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scoped technician creates a site, and before their next pull an MSP admin merges its parent into a tenant outside
 * the technician's reach (the merge takes the new site along): the technician's copy loses the site, as the server
 * no longer gives it to them. Found by the convergence property (case 293328): the site's creation and its move out
 * of scope came in one pull page, which folded them into one change "created outside your reach" and sent nothing,
 * so the technician kept the site they had created, at version 0, for good.
 */
class CreatedThenMergedAwayTest extends ScopedTeamTest {

    @Test
    void aSiteMergedOutOfReachRightAfterItsCreationLeavesTheCreatorsCopy() throws Exception {
        team = new ScopedTeam(root);
        FleetClient admin = team.admin;
        UUID berlin = ScopedTeam.tenant(admin, "Acme Berlin");
        UUID globex = ScopedTeam.tenant(admin, "Globex");
        // Tina is scoped to Acme like Toni; the admin's merge lands between her push and her pull
        Runnable mergeBerlinIntoGlobex = () -> {
            assertThat(admin.edit(new MergeTenants(berlin, globex, Map.of()))).isTrue();
            admin.sync().orElseThrow();
        };
        String token = team.server.token(TeamState.SCOPED_EMAIL, null);
        FleetClient tina = new FleetClient("tina", root, token,
                new FaultyServerApi(new AfterFirstPush(team.server.api(token), mergeBerlinIntoGlobex), new Random(1), 0), Duration.ZERO);
        try {
            tina.network.heal();
            tina.connect(SyncAgent.FirstContact.DOWNLOAD);
            UUID site = UUID.randomUUID();
            assertThat(tina.edit(new CreateTenant(site, berlin, "Beta"))).isTrue();

            tina.sync().orElseThrow();

            assertThat(team.server.liveState(admin.token).get("tenant/" + site).get("parentId"))
                    .as("the merge took the site along").isEqualTo(globex.toString());
            assertThat(tina.localState()).as("Tina's copy").doesNotContainKey("tenant/" + site);
            assertThat(ConvergenceChecks.sameAsServer(tina, team.server.liveState(token))).isEmpty();
        } finally {
            tina.close();
        }
    }

    /** The server as a client reaches it, with something else happening on the server right after its first push. */
    private static final class AfterFirstPush implements ServerApi {
        private final ServerApi server;
        private Runnable meanwhile;

        AfterFirstPush(ServerApi server, Runnable meanwhile) {
            this.server = server;
            this.meanwhile = meanwhile;
        }

        @Override
        public Health health() throws ServerCallFailed {
            return server.health();
        }

        @Override
        public Identity identity() throws ServerCallFailed {
            return server.identity();
        }

        @Override
        public PushResponse push(PushRequest request) throws ServerCallFailed {
            PushResponse response = server.push(request);
            if (meanwhile != null && !request.mutations().isEmpty()) {
                Runnable now = meanwhile;
                meanwhile = null;
                now.run();
            }
            return response;
        }

        @Override
        public PullResponse pull(String clientId, long since, int limit) throws ServerCallFailed {
            return server.pull(clientId, since, limit);
        }

        @Override
        public PublishResponse publish(PublishRequest request) throws ServerCallFailed {
            return server.publish(request);
        }
    }
}
