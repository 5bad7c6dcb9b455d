package dev.canopy.store;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.Command;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.DeleteTenant;
import dev.canopy.domain.command.RestoreTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.ExternalRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A tenant's own integration mappings set through UpdateTenant on a real H2 file: stored, audited, queued, undone. */
class TenantMappingsTest extends NorthwindStore {

    private final UUID globex = UUID.randomUUID();

    @BeforeEach
    void addGlobex() {
        store.execute(new CreateTenant(globex, msp, "Globex"));
    }

    private List<ExternalRef> refsOf(UUID tenant) {
        return store.tenant(tenant).orElseThrow().externalRefs();
    }

    private Command.Applied setMappings(UUID tenant, ExternalRef... refs) {
        return store.execute(new UpdateTenant(tenant, TenantChanges.mappings(List.of(refs))));
    }

    @Test
    void settingMappingsIsOneAuditedQueuedStepThatUndoRestores() {
        setMappings(berlin, new ExternalRef("autotask", "4711"));
        int queued = store.outbox().size();

        Command.Applied applied = setMappings(berlin, new ExternalRef(" ninjaone ", " 12 "), new ExternalRef("autotask", "4712"));

        assertThat(applied.label()).isEqualTo("integration mappings of Acme Berlin");
        assertThat(refsOf(berlin)).as("trimmed, by source").containsExactly(new ExternalRef("autotask", "4712"), new ExternalRef("ninjaone", "12"));
        assertThat(store.outbox()).hasSize(queued + 1);
        assertThat(store.outbox().get(queued).args()).contains("\"externalRefs\":[").contains("{\"source\":\"autotask\",\"externalId\":\"4712\"}");
        assertThat(store.auditOf(berlin).get(store.auditOf(berlin).size() - 1).changes())
                .isEqualTo("{\"externalRefs\":{\"before\":[\"autotask 4711\"],\"after\":[\"autotask 4712\",\"ninjaone 12\"]}}");

        store.execute(applied.inverse());
        assertThat(refsOf(berlin)).containsExactly(new ExternalRef("autotask", "4711"));
        assertThat(store.tenant(berlin).orElseThrow().name()).as("nothing else changed").isEqualTo("Acme Berlin");
    }

    @Test
    void removingTheLastMappingLeavesNoneAndTheSameListInAnotherOrderIsNoChange() {
        setMappings(acme, new ExternalRef("autotask", "1"), new ExternalRef("atera", "2"));
        assertThatThrownBy(() -> setMappings(acme, new ExternalRef("autotask", "1"), new ExternalRef("atera", "2")))
                .isInstanceOf(RuleViolation.class).hasMessage("Nothing to save: no field has changed.");
        setMappings(acme);
        assertThat(refsOf(acme)).isEmpty();
    }

    @Test
    void anExternalIdAnotherTenantUsesForTheSourceIsRefusedAndChangesNothing() {
        setMappings(berlin, new ExternalRef("autotask", "4711"));
        int queued = store.outbox().size();

        assertThatThrownBy(() -> store.execute(new UpdateTenant(globex, new TenantChanges("Globex Corp", null, null, null, null,
                List.of(new ExternalRef("AutoTask", "4711"))))))
                .isInstanceOf(RuleViolation.class).hasMessage("External id 4711 is already used by Acme Berlin for AutoTask.");
        assertThat(store.tenant(globex).orElseThrow().name()).as("the whole edit is refused").isEqualTo("Globex");
        assertThat(refsOf(globex)).isEmpty();
        assertThat(store.outbox()).hasSize(queued);

        setMappings(globex, new ExternalRef("ninjaone", "4711"));
        assertThat(refsOf(globex)).as("another source may use the same id").containsExactly(new ExternalRef("ninjaone", "4711"));
        assertThatThrownBy(() -> setMappings(globex, new ExternalRef("ninjaone", "1"), new ExternalRef("NinjaOne", "2")))
                .hasMessageContaining("Source ninjaone is listed twice");
    }

    @Test
    void aDeletedTenantsMappingIsFreeButItsRestoreIsRefusedOnceAnotherTenantTookIt() {
        setMappings(globex, new ExternalRef("autotask", "77"));
        Command.Applied deleted = store.execute(new DeleteTenant(globex));
        setMappings(acme, new ExternalRef("autotask", "77"));

        assertThatThrownBy(() -> store.execute(new RestoreTenant(globex)))
                .isInstanceOf(RuleViolation.class).hasMessage("External id 77 is already used by Acme for autotask.");
        assertThat(store.tenant(globex).orElseThrow().deleted()).isTrue();
        assertThat(deleted.inverse()).isInstanceOf(RestoreTenant.class);
    }
}
