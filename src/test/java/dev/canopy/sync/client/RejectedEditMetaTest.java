package dev.canopy.sync.client;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.DeleteTenant;
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
 * A local edit the server rejects is undone in full: the records it touched end as the server holds them, meta
 * included (who changed them last, and when). Found by the convergence property (jqwik case seed -30): a merge into
 * a tenant deleted meanwhile was REJECTED; the computers it had moved got their tenant back but kept the local
 * meta, showing the technician's rejected change, at the technician's own (skewed) clock, as their last change.
 */
class RejectedEditMetaTest {

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
    void aRejectedMergeLeavesTheMovedComputersExactlyAsTheServerHoldsThem() throws Exception {
        server = new InProcessServer();
        String adminToken = server.token("admin" + RandomEdits.TEAM_DOMAIN, null);
        admin = new FleetClient("admin", root, adminToken, new FaultyServerApi(server.api(adminToken), new Random(1), 0), Duration.ZERO);
        admin.network.heal();
        TeamState.writeInto(admin.store);
        admin.connect(SyncAgent.FirstContact.PUBLISH);
        UUID empty = UUID.randomUUID();
        assertThat(admin.edit(new CreateTenant(empty, admin.store.loadHierarchy().root().orElseThrow().id(), "Empty"))).isTrue();
        admin.sync().orElseThrow();

        String token = server.token("tech" + RandomEdits.TEAM_DOMAIN, Role.TECHNICIAN);
        tech = new FleetClient("tech", root, token, new FaultyServerApi(server.api(token), new Random(1), 0), Duration.ofHours(20));
        tech.network.heal();
        tech.connect(SyncAgent.FirstContact.DOWNLOAD);

        assertThat(admin.edit(new DeleteTenant(empty))).isTrue();
        admin.sync().orElseThrow();
        UUID globex = tech.store.loadHierarchy().depthFirst().stream().filter(t -> t.name().equals("Globex")).map(TenantNode::id)
                .findFirst().orElseThrow();
        assertThat(tech.edit(new MergeTenants(globex, empty, Map.of()))).as("locally the merge is fine").isTrue();
        tech.sync().orElseThrow();

        assertThat(tech.ledger.conflicts()).extracting(c -> c.kind()).containsExactly("REJECTED");
        Map<String, Map<String, Object>> theirs = server.liveState(token);
        tech.localState().forEach((key, mine) -> {
            if (key.startsWith("computer/")) {
                Map<?, ?> myMeta = (Map<?, ?>) mine.get("meta");
                Map<?, ?> theirMeta = (Map<?, ?>) theirs.get(key).get("meta");
                assertThat(String.valueOf(myMeta.get("updatedBy"))).as(key + " changed last by").isEqualTo(theirMeta.get("updatedBy"));
                assertThat(java.time.Instant.parse(String.valueOf(myMeta.get("updatedAt")))).as(key + " changed last at")
                        .isEqualTo(java.time.Instant.parse(String.valueOf(theirMeta.get("updatedAt"))));
            }
        });
    }
}
