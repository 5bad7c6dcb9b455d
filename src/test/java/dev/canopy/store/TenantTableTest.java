package dev.canopy.store;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.tenant.ExternalRef;
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

/** Every tenant field, mappings included, survives a write and a read on the migrated schema. */
class TenantTableTest {

    @TempDir
    Path folder;

    @Test
    void aTenantIsReadBackExactlyAsItWasWrittenAndAnUpdateReplacesItsMappings() throws Exception {
        LocalStore.open(folder).close();  // migrates the schema
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("canopy").toAbsolutePath(), "sa", "")) {
            UUID msp = UUID.randomUUID();
            UUID acme = UUID.randomUUID();
            RecordMeta meta = new RecordMeta(7, Instant.parse("2026-11-30T08:15:30.123456Z"), "alex", false);
            Tenant root = new Tenant(msp, "Northwind", "northwind", TenantKind.MSP, null, "", "", List.of(), true, List.of(), meta);
            Tenant client = new Tenant(acme, "Acme", "acme", TenantKind.CLIENT, msp, "Manufacturing, two sites", "Europe/Berlin",
                    List.of("gold", "eu"), false, List.of(new ExternalRef("psa", "C-1042"), new ExternalRef("rmm", "77")), meta);
            TenantTable.save(connection, null, root);
            TenantTable.save(connection, null, client);

            assertThat(TenantTable.find(connection, acme)).contains(client);
            assertThat(TenantTable.children(connection, msp)).containsExactly(client);
            assertThat(TenantTable.children(connection, null)).containsExactly(root);

            Tenant changed = new Tenant(acme, "Acme", "acme", TenantKind.CLIENT, msp, "Manufacturing, two sites", "Europe/Berlin",
                    List.of("gold", "eu"), false, List.of(new ExternalRef("psa", "C-2000")), meta.withDeleted(true, meta.updatedAt(), "sam"));
            TenantTable.save(connection, client, changed);
            assertThat(TenantTable.find(connection, acme)).contains(changed);
            assertThat(TenantTable.children(connection, msp)).as("a deleted tenant is no live child").isEmpty();
        }
    }
}
