package dev.canopy.ui.history;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The history tests' data: Northwind and Acme with a computer, seeded (so without history), then
 * Globex and a tenant named as if it were deleted, created by commands (so each has a "tenant.create" entry).
 */
final class HistorySeed {

    final UUID msp = UUID.randomUUID();
    final UUID acme = UUID.randomUUID();
    final UUID globex = UUID.randomUUID();
    /** A live tenant whose name merely ends in "(deleted)". */
    final UUID oddlyNamed = UUID.randomUUID();
    final UUID pc = UUID.randomUUID();

    void seed(LocalStore store) {
        RecordMeta meta = RecordMeta.created(Instant.now(), "seed");
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(new Tenant(msp, "Northwind", "northwind", TenantKind.MSP, null, "", "", List.of(), true, List.of(), meta));
            writer.tenant(new Tenant(acme, "Acme", "acme", TenantKind.CLIENT, msp, "", "", List.of(), true, List.of(), meta));
            writer.computer(new Computer(pc, "ACM-LT-1", acme, "S1", "D1", "Windows 11 Pro", "24H2", Instant.now(), null, List.of(), List.of(), meta));
            writer.commit();
        }
        store.execute(new CreateTenant(globex, msp, "Globex"));
        store.execute(new CreateTenant(oddlyNamed, msp, "Initech (deleted)"));
    }
}
