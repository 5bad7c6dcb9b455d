package dev.canopy.sync.client;

import dev.canopy.domain.tenant.TenantNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;

/**
 * The pinned sync bugs' set-up: the real server in-process, the admin who published the team's state, and Toni, a
 * technician scoped to Acme who downloaded it; both on a network without faults.
 */
final class ScopedTeam implements AutoCloseable {

    final InProcessServer server = new InProcessServer();
    final FleetClient admin;
    final FleetClient toni;

    ScopedTeam(Path root) throws Exception {
        admin = client(root, "admin", server.token("admin" + RandomEdits.TEAM_DOMAIN, null));
        TeamState.writeInto(admin.store);
        admin.connect(SyncAgent.FirstContact.PUBLISH);
        toni = client(root, "toni", server.token(TeamState.SCOPED_EMAIL, null));
        toni.connect(SyncAgent.FirstContact.DOWNLOAD);
    }

    private FleetClient client(Path root, String name, String token) throws java.io.IOException {
        FleetClient client = new FleetClient(name, root, token, new FaultyServerApi(server.api(token), new Random(1), 0), Duration.ZERO);
        client.network.heal();
        return client;
    }

    /** A tenant's id by its name, as this client holds it. */
    static UUID tenant(FleetClient client, String name) {
        return client.store.loadHierarchy().depthFirst().stream().filter(t -> t.name().equals(name)).map(TenantNode::id).findFirst()
                .orElseThrow();
    }

    /** A live computer of a tenant by its name, as this client holds it. */
    static dev.canopy.domain.computer.Computer computer(FleetClient client, UUID tenantId, String name) {
        return client.store.computers(java.util.List.of(tenantId), false).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Override
    public void close() {
        toni.close();
        admin.close();
        server.close();
    }
}
