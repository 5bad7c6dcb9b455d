package dev.canopy.sync.client;

import dev.canopy.domain.merge.MergeTenants;
import dev.canopy.domain.person.Role;
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
 * Two offline merges, the first REJECTED by the server, the second (which locally also carried what the first had
 * moved) APPLIED: afterwards the client holds exactly what the server holds. The convergence property's case seed
 * 11404 in a deterministic form.
 */
class RejectedThenAppliedMergeTest {

    @TempDir
    Path root;

    private InProcessServer server;
    private FleetClient admin;
    private FleetClient tech;

    @AfterEach
    void close() {
        if (tech != null) {
            tech.close();
        }
        if (admin != null) {
            admin.close();
        }
        server.close();
    }

    @Test
    void aRejectedMergeFollowedByAnAppliedOneLeavesTheClientAsTheServer() throws Exception {
        server = new InProcessServer();
        String adminToken = server.token("admin" + RandomEdits.TEAM_DOMAIN, null);
        admin = client("admin", adminToken);
        TeamState.writeInto(admin.store);
        admin.connect(SyncAgent.FirstContact.PUBLISH);
        tech = client("tech", server.token("tech" + RandomEdits.TEAM_DOMAIN, Role.TECHNICIAN));
        tech.connect(SyncAgent.FirstContact.DOWNLOAD);

        UUID acme = tenant("Acme");
        UUID globex = tenant("Globex");
        UUID initech = tenant("Initech");
        assertThat(tech.edit(new MergeTenants(acme, globex, Map.of()))).as("locally a technician may merge Acme").isTrue();
        assertThat(tech.edit(new MergeTenants(globex, initech, Map.of()))).isTrue();
        tech.sync().orElseThrow();
        tech.sync().orElseThrow();

        assertThat(tech.ledger.conflicts()).extracting(c -> c.mutationId() + " " + c.kind()).as("moving Toni (a technician) needs an MSP admin")
                .containsExactly("1 REJECTED");
        assertThat(tech.ledger.pending()).isEmpty();
        assertThat(ConvergenceChecks.sameAsServer(tech, server.liveState(tech.token))).isEmpty();
    }

    private FleetClient client(String name, String token) throws java.io.IOException {
        FleetClient client = new FleetClient(name, root, token, new FaultyServerApi(server.api(token), new Random(1), 0), Duration.ZERO);
        client.network.heal();
        return client;
    }

    private UUID tenant(String name) {
        return tech.store.loadHierarchy().depthFirst().stream().filter(t -> t.name().equals(name)).map(TenantNode::id).findFirst().orElseThrow();
    }
}
