package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.command.ImportRecords;
import dev.canopy.domain.merge.MergeTenants;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.tenant.ExternalRef;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A directory import of a person into a client merged away meanwhile (on another laptop: the server applies the
 * same command) is refused by name; the server wrote a live person under the deleted client before, which no laptop
 * could hold (the convergence property, CI seed, its sixth case).
 */
class PersonImportIntoRemovedTenantTest {

    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");

    @TempDir
    Path folder;

    @Test
    void aPersonImportedIntoAMergedTenantIsRefusedAndNothingIsWritten() {
        UUID msp = UUID.randomUUID();
        UUID globex = UUID.randomUUID();
        UUID initech = UUID.randomUUID();
        try (LocalStore store = LocalStore.open(folder)) {
            try (SampleWriter writer = store.sampleWriter()) {
                writer.tenant(tenant(msp, null, "Northwind", TenantKind.MSP));
                writer.tenant(tenant(globex, msp, "Globex", TenantKind.CLIENT));
                writer.tenant(tenant(initech, msp, "Initech", TenantKind.CLIENT));
                writer.commit();
            }
            store.execute(new MergeTenants(globex, initech, Map.of()));
            Person person = new Person(UUID.randomUUID(), globex, "Directory User 2", "u2@client.example", null, true,
                    List.of(new ExternalRef("entra", "user-2")), RecordMeta.created(Instant.EPOCH, "import"));

            assertThatThrownBy(() -> store.execute(new ImportRecords("import of 1 person from Entra ID", List.of(), List.of(person), List.of())))
                    .isInstanceOf(RuleViolation.class).hasMessage("Directory User 2 goes to a tenant that no longer exists.");
            assertThat(store.records(PersonKind.INSTANCE, List.of(globex, initech))).isEmpty();
        }
    }

    private static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind) {
        return new Tenant(id, name, name.toLowerCase(), kind, parent, "", "", List.of(), true, List.of(), META);
    }
}
