package dev.canopy.sync.client;

import dev.canopy.domain.merge.MergeTenants;
import dev.canopy.domain.tenant.TenantNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A technician scoped to Acme whose tenant is merged into Globex by the admin: the next pull is a 409 reset ("Your
 * access changed"), and afterwards the client holds Globex's records and no longer Acme's. Found by the convergence
 * property with -Dcanopy.convergence.scoped=true (case seed 7).
 */
class ScopeChangeResetTest {

    @TempDir
    Path root;

    private InProcessServer server;
    private FleetClient admin;
    private FleetClient toni;

    @AfterEach
    void close() {
        if (toni != null) {
            toni.close();
        }
        if (admin != null) {
            admin.close();
        }
        server.close();
    }

    @Test
    void afterTheScopeChangedTheClientHoldsOnlyTheNewScope() throws Exception {
        server = new InProcessServer();
        String adminToken = server.token("admin" + RandomEdits.TEAM_DOMAIN, null);
        admin = client("admin", adminToken);
        TeamState.writeInto(admin.store);
        admin.connect(SyncAgent.FirstContact.PUBLISH);
        toni = client("toni", server.token(TeamState.SCOPED_EMAIL, null));
        toni.connect(SyncAgent.FirstContact.DOWNLOAD);
        UUID acme = tenant(admin, "Acme");
        UUID globex = tenant(admin, "Globex");
        assertThat(toni.localState()).containsKey("tenant/" + acme).doesNotContainKey("tenant/" + globex);

        assertThat(admin.edit(new MergeTenants(acme, globex, Map.of()))).isTrue();
        admin.sync().orElseThrow();
        toni.sync().orElseThrow();

        assertThat(toni.localState()).as("Toni now works in Globex").containsKey("tenant/" + globex);
        assertThat(ConvergenceChecks.sameAsServer(toni, server.liveState(toni.token))).isEmpty();
    }

    private FleetClient client(String name, String token) throws java.io.IOException {
        FleetClient client = new FleetClient(name, root, token, new FaultyServerApi(server.api(token), new Random(1), 0), Duration.ZERO);
        client.network.heal();
        return client;
    }

    private static UUID tenant(FleetClient client, String name) {
        return client.store.loadHierarchy().depthFirst().stream().filter(t -> t.name().equals(name)).map(TenantNode::id).findFirst()
                .orElseThrow();
    }
}
