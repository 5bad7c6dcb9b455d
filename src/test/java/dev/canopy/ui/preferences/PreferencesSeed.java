package dev.canopy.ui.preferences;

import dev.canopy.ui.SeedRecords;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The data every Preferences test starts from: Northwind (MSP) → Acme (client) → Acme Berlin (sub),
 * and Globex (client); Acme has two computers and Acme Berlin one. No tenant sets anything yet.
 */
final class PreferencesSeed {

    static final RecordMeta META = RecordMeta.created(Instant.parse("2026-01-01T00:00:00Z"), "seed");

    final UUID msp = UUID.randomUUID();
    final UUID acme = UUID.randomUUID();
    final UUID berlin = UUID.randomUUID();
    final UUID globex = UUID.randomUUID();
    final UUID acmeServer = UUID.randomUUID();
    final UUID acmeLaptop = UUID.randomUUID();
    final UUID berlinLaptop = UUID.randomUUID();

    /** Through the sample writer, the one way to seed computers. */
    void write(LocalStore store) {
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(msp, null, "Northwind", TenantKind.MSP));
            writer.tenant(tenant(acme, msp, "Acme", TenantKind.CLIENT));
            writer.tenant(tenant(berlin, acme, "Acme Berlin", TenantKind.SUB));
            writer.tenant(tenant(globex, msp, "Globex", TenantKind.CLIENT));
            writer.computer(computer(acmeServer, "ACM-SRV-01", acme, "server"));
            writer.computer(computer(acmeLaptop, "ACM-LT-02", acme, "laptop"));
            writer.computer(computer(berlinLaptop, "BER-LT-01", berlin, "laptop"));
            writer.commit();
        }
    }

    private static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind) {
        return SeedRecords.tenant(id, parent, name, kind, META);
    }

    private static Computer computer(UUID id, String name, UUID tenant, String tag) {
        return SeedRecords.computer(id, name, tenant, tag, META);
    }
}
