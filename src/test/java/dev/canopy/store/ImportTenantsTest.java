package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.ImportRecords;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An import's tenants are checked together before any is saved: the rules see the ones it brings as well as the stored ones. */
class ImportTenantsTest extends NorthwindStore {

    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-12-02T08:00:00Z"), "alex");

    @Test
    void twoTenantsOfOneImportCannotShareAnExternalIdAndNothingIsWritten() {
        Tenant globex = client("Globex", new ExternalRef("autotask", "900"));
        Tenant initech = client("Initech", new ExternalRef("AutoTask", "900"));

        assertThatThrownBy(() -> store.execute(new ImportRecords("import of psa.csv", List.of(globex, initech), List.of(), List.of())))
                .isInstanceOf(RuleViolation.class).hasMessage("External id 900 is already used by Globex for AutoTask.");
        assertThat(store.tenant(globex.id())).as("nothing half-imported").isEmpty();
    }

    @Test
    void anImportMayMoveAnExternalIdFromOneOfItsTenantsToAnother() {
        Tenant globex = client("Globex", new ExternalRef("autotask", "900"));
        store.execute(new ImportRecords("import of psa.csv", List.of(globex), List.of(), List.of()));
        Tenant initech = client("Initech", new ExternalRef("autotask", "900"));
        Tenant globexRenumbered = new Tenant(globex.id(), "Globex", "", TenantKind.CLIENT, msp, "", "", List.of(), true,
                List.of(new ExternalRef("autotask", "901")), META);

        store.execute(new ImportRecords("import of psa.csv", List.of(initech, globexRenumbered), List.of(), List.of()));

        assertThat(store.tenant(initech.id()).orElseThrow().externalRefs()).containsExactly(new ExternalRef("autotask", "900"));
        assertThat(store.tenant(globex.id()).orElseThrow().externalRefs()).containsExactly(new ExternalRef("autotask", "901"));
    }

    @Test
    void manyClientsNamedAlikeGetNumberedSlugsAndSitesUnderEach() {
        List<Tenant> brought = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Tenant client = client("Client " + i, new ExternalRef("rmm", "c-" + i));
            brought.add(client);
            brought.add(new Tenant(UUID.randomUUID(), "Main Office", "", TenantKind.SUB, client.id(), "", "", List.of(), true, List.of(), META));
        }
        store.execute(new ImportRecords("import of rmm.csv", brought, List.of(), List.of()));

        List<String> slugs = brought.stream().filter(t -> t.name().equals("Main Office"))
                .map(t -> store.tenant(t.id()).orElseThrow().slug()).toList();
        assertThat(slugs).containsExactly("main-office", "main-office-2", "main-office-3", "main-office-4", "main-office-5");
    }

    private Tenant client(String name, ExternalRef ref) {
        return new Tenant(UUID.randomUUID(), name, "", TenantKind.CLIENT, msp, "", "", List.of(), true, List.of(ref), META);
    }
}
