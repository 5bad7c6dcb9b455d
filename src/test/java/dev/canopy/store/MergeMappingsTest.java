package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.merge.Collision;
import dev.canopy.domain.merge.MergePlan;
import dev.canopy.domain.merge.MergeTenants;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merged client's integration mappings are not dropped with it: the surviving tenant takes those of sources it has
 * none for (so the next import of that RMM still finds the client's computers there), and where both are mapped in
 * one source the preview lists it as a collision the technician settles. An undo gives each its own back.
 */
class MergeMappingsTest {

    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");

    @TempDir
    Path folder;

    private LocalStore store;
    private final UUID msp = UUID.randomUUID();
    private final UUID oldAcme = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();

    @BeforeEach
    void seed() {
        store = LocalStore.open(folder);
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(msp, null, "Northwind", TenantKind.MSP, List.of()));
            writer.tenant(tenant(oldAcme, msp, "Acme Old", TenantKind.CLIENT,
                    List.of(new ExternalRef("autotask", "at-7"), new ExternalRef("ninjaone", "org-1"))));
            writer.tenant(tenant(acme, msp, "Acme", TenantKind.CLIENT, List.of(new ExternalRef("Autotask", "at-9"))));
            writer.commit();
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void thePreviewListsTheMappingsThatMoveAndTheSourceBothAreMappedIn() {
        MergePlan plan = store.inspect(ws -> MergePlan.of(ws, oldAcme, acme));

        assertThat(plan.mappings()).containsExactly(new ExternalRef("ninjaone", "org-1"));
        assertThat(plan.collisions()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Collision.Kind.MAPPING_SOURCE);
            assertThat(c.description()).isEqualTo("Both are mapped in autotask: Acme Old as at-7, Acme as at-9");
            assertThat(c.choices()).containsExactly(Collision.Choice.KEEP_DESTINATION, Collision.Choice.KEEP_SOURCE);
        });
    }

    @Test
    void theSurvivorTakesTheMappingsItLacksAndKeepsItsOwnByDefaultAndAnUndoGivesThemBack() {
        Command.Applied merged = store.execute(new MergeTenants(oldAcme, acme, Map.of()));

        assertThat(refs(acme)).containsExactly(new ExternalRef("Autotask", "at-9"), new ExternalRef("ninjaone", "org-1"));
        assertThat(store.tenant(oldAcme).orElseThrow().deleted()).isTrue();

        store.execute(merged.inverse());

        assertThat(refs(acme)).containsExactly(new ExternalRef("Autotask", "at-9"));
        assertThat(refs(oldAcme)).containsExactly(new ExternalRef("autotask", "at-7"), new ExternalRef("ninjaone", "org-1"));
        assertThat(store.tenant(oldAcme).orElseThrow().deleted()).isFalse();
    }

    @Test
    void keepingTheSourcesIdGivesTheSurvivorThatId() {
        store.execute(new MergeTenants(oldAcme, acme, Map.of("mapping:autotask", Collision.Choice.KEEP_SOURCE)));

        assertThat(refs(acme)).containsExactly(new ExternalRef("autotask", "at-7"), new ExternalRef("ninjaone", "org-1"));
    }

    private List<ExternalRef> refs(UUID tenant) {
        return store.tenant(tenant).orElseThrow().externalRefs();
    }

    private static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind, List<ExternalRef> refs) {
        return new Tenant(id, name, name.toLowerCase().replace(' ', '-'), kind, parent, "", "", List.of(), true, refs, META);
    }
}
