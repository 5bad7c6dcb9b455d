package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A new tenant's slug is its name's, or the first free numbered one, counting what the database and the command hold. */
class SlugsTakenTest {

    @TempDir
    Path folder;

    private static final RecordMeta META = new RecordMeta(1, Instant.parse("2026-12-02T08:00:00Z"), "alex", false);

    @Test
    void theFirstFreeSlugCountsStoredTenantsAndTheOnesThisCommandSaved() throws Exception {
        LocalStore.open(folder).close();  // migrates the schema
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("canopy").toAbsolutePath(), "sa", "")) {
            UUID msp = UUID.randomUUID();
            UUID acme = UUID.randomUUID();
            TenantTable.save(connection, null, tenant(msp, "northwind", null));
            TenantTable.save(connection, null, tenant(acme, "acme", msp));
            TenantTable.save(connection, null, tenant(UUID.randomUUID(), "acme-3", msp));
            SlugsTaken slugs = new SlugsTaken();

            UUID second = UUID.randomUUID();
            assertThat(slugs.free(connection, "acme", second)).isEqualTo("acme-2");
            assertThat(slugs.free(connection, "acme", second)).as("asked again, the one it holds").isEqualTo("acme-2");
            assertThat(slugs.free(connection, "acme", acme)).as("its own slug").isEqualTo("acme");
            assertThat(slugs.free(connection, "acm", UUID.randomUUID())).as("a prefix of a taken slug is free").isEqualTo("acm");
            assertThat(slugs.free(connection, "acme", UUID.randomUUID())).as("acme-2 is held, acme-3 stored").isEqualTo("acme-4");

            slugs.saved(acme, "acme", "acme-corp");  // renamed: its old slug is free again
            assertThat(slugs.free(connection, "acme", UUID.randomUUID())).isEqualTo("acme");
        }
    }

    @Test
    void manyTenantsOfOneBaseGetConsecutiveNumbersAndKeepTheirOwn() throws Exception {
        LocalStore.open(folder).close();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("canopy").toAbsolutePath(), "sa", "")) {
            SlugsTaken slugs = new SlugsTaken();
            List<UUID> sites = new java.util.ArrayList<>();
            List<String> given = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                sites.add(UUID.randomUUID());
                given.add(slugs.free(connection, "site-1", sites.get(i)));
            }
            assertThat(given).containsExactly("site-1", "site-1-2", "site-1-3", "site-1-4", "site-1-5");
            assertThat(slugs.free(connection, "site-1", sites.get(2))).as("the third asks again").isEqualTo("site-1-3");
            assertThat(slugs.free(connection, "site-1", UUID.randomUUID())).isEqualTo("site-1-6");

            slugs.saved(sites.get(1), "site-1-2", "site-2");  // renamed away: its number is free again
            assertThat(slugs.free(connection, "site-1", UUID.randomUUID())).isEqualTo("site-1-2");
        }
    }

    private static Tenant tenant(UUID id, String slug, UUID parent) {
        return new Tenant(id, slug, slug, parent == null ? TenantKind.MSP : TenantKind.CLIENT, parent, "", "", List.of(), true, List.of(), META);
    }
}
