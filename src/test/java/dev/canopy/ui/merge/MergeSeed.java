package dev.canopy.ui.merge;

import dev.canopy.ui.SeedRecords;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The merge tests' data: "Acme Old" (with a branch, a computer, Alex and a Nightly schedule) to be
 * merged into "Acme", which has its own Alex (same e-mail) and its own Nightly.
 */
final class MergeSeed {

    private static final RecordMeta META = RecordMeta.created(Instant.parse("2026-11-01T00:00:00Z"), "seed");

    final UUID msp = UUID.randomUUID();
    final UUID source = UUID.randomUUID();
    final UUID destination = UUID.randomUUID();
    final UUID branch = UUID.randomUUID();
    final UUID pc = UUID.randomUUID();

    void seed(LocalStore store) {
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(msp, null, "Northwind", TenantKind.MSP));
            writer.tenant(tenant(source, msp, "Acme Old", TenantKind.CLIENT));
            writer.tenant(tenant(destination, msp, "Acme", TenantKind.CLIENT));
            writer.tenant(tenant(branch, source, "Old Branch", TenantKind.SUB));
            writer.person(new Person(UUID.randomUUID(), source, "Alex Old", "alex@acme.example", null, true, List.of(), META));
            writer.person(new Person(UUID.randomUUID(), destination, "Alex New", "alex@acme.example", null, true, List.of(), META));
            writer.schedule(nightly(source, "0 2 * * *"));
            writer.schedule(nightly(destination, "0 3 * * *"));
            writer.computer(new Computer(pc, "ACM-LT-1", source, "S", "D", "Windows 11 Pro", "24H2", Instant.now(), null, List.of(), List.of(), META));
            writer.commit();
        }
    }

    private static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind) {
        return SeedRecords.tenant(id, parent, name, kind, META);
    }

    private static MaintenanceSchedule nightly(UUID owner, String cron) {
        return new MaintenanceSchedule(UUID.randomUUID(), owner, "Nightly", cron, 60, "", false, ScheduleTarget.allComputers(), false,
                RebootPreference.NORMAL, 15, false, true, true, META);
    }
}
