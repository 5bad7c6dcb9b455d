package dev.canopy.ui.palette;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;
import dev.canopy.ui.SeedRecords;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The palette tests' data: Northwind with Acme (Acme Berlin inside it) and Big Acme; a computer and people in Acme. */
final class PaletteSeed {

    static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");

    final UUID msp = UUID.randomUUID();
    final UUID acme = UUID.randomUUID();
    final UUID berlin = UUID.randomUUID();
    final UUID bigAcme = UUID.randomUUID();
    final UUID laptop = UUID.randomUUID();
    final UUID kiosk = UUID.randomUUID();
    final UUID dana = UUID.randomUUID();
    final UUID lars = UUID.randomUUID();

    void seed(LocalStore store) {
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(SeedRecords.tenant(msp, null, "Northwind", TenantKind.MSP, META));
            writer.tenant(SeedRecords.tenant(acme, msp, "Acme", TenantKind.CLIENT, META));
            writer.tenant(SeedRecords.tenant(berlin, acme, "Acme Berlin", TenantKind.SUB, META));
            writer.tenant(SeedRecords.tenant(bigAcme, msp, "Big Acme", TenantKind.CLIENT, META));
            writer.person(new Person(dana, acme, "Dana Cole", "dana@acme.example", null, true, List.of(), META));
            writer.person(new Person(lars, berlin, "Lars Kim", "lars@acme.example", null, true, List.of(), META));
            writer.computer(SeedRecords.computer(laptop, "ACME", acme, "vip", META));
            writer.computer(SeedRecords.computer(kiosk, "BER-KIOSK-01", berlin, "kiosk", META));
            writer.commit();
        }
    }
}
