package dev.canopy.ui.schedules;

import dev.canopy.ui.SeedRecords;
import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.preference.PreferenceCatalogue;
import dev.canopy.domain.preference.PreferenceMode;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.RebootPreference;
import dev.canopy.domain.schedule.ScheduleKind;
import dev.canopy.domain.schedule.ScheduleTarget;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.store.LocalStore;
import dev.canopy.store.SampleWriter;
import dev.canopy.ui.common.EditorServices;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The data every schedules test starts from. Northwind (the MSP, Europe/Berlin) passes "MSP baseline" (daily 05:00,
 * 1 h) on to its clients and sets the reboot preference FORCE. Acme (America/New_York, prompt timeout 30) has
 * "Nightly" (daily 22:00, 1 h), two laptops and a child tenant, Acme Labs, with one lab computer. Globex (no zone of
 * its own, so Berlin) has "Backups window" (daily 01:00, 2 h) and "Patch night" (Saturdays 02:00, 1 h): they overlap.
 */
final class ScheduleSamples {

    /** Thursday 5 March 2026, 13:00 in Berlin: New York's clocks go forward on the 8th, Berlin's on the 29th. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T12:00:00Z"), ZoneId.of("Europe/Berlin"));
    static final RecordMeta META = RecordMeta.created(Instant.parse("2026-01-01T00:00:00Z"), "seed");

    final UUID msp = UUID.randomUUID();
    final UUID acme = UUID.randomUUID();
    final UUID acmeLabs = UUID.randomUUID();
    final UUID globex = UUID.randomUUID();
    final UUID baseline = UUID.randomUUID();
    final UUID nightly = UUID.randomUUID();
    final UUID pc1 = UUID.randomUUID();
    final UUID pc2 = UUID.randomUUID();
    final UUID labPc = UUID.randomUUID();

    void seed(LocalStore store) {
        try (SampleWriter writer = store.sampleWriter()) {
            writer.tenant(tenant(msp, null, "Northwind", TenantKind.MSP, "Europe/Berlin"));
            writer.tenant(tenant(acme, msp, "Acme", TenantKind.CLIENT, "America/New_York"));
            writer.tenant(tenant(acmeLabs, acme, "Acme Labs", TenantKind.CLIENT, ""));
            writer.tenant(tenant(globex, msp, "Globex", TenantKind.CLIENT, ""));
            writer.schedule(schedule(baseline, msp, "MSP baseline", "0 5 * * *", 60, true));
            writer.schedule(schedule(nightly, acme, "Nightly", "0 22 * * *", 60, false));
            writer.schedule(schedule(UUID.randomUUID(), globex, "Backups window", "0 1 * * *", 120, false));
            writer.schedule(schedule(UUID.randomUUID(), globex, "Patch night", "0 2 * * SAT", 60, false));
            writer.computer(computer(pc1, "ACME-LT-01", acme, "laptop"));
            writer.computer(computer(pc2, "ACME-LT-02", acme, "laptop"));
            writer.computer(computer(labPc, "ACME-LAB-01", acmeLabs, "lab"));
            writer.preference(TenantPreference.of(PreferenceCatalogue.REBOOT_PREFERENCE, msp, PreferenceMode.OVERRIDE, "FORCE", META));
            writer.preference(TenantPreference.of(PreferenceCatalogue.PROMPT_TIMEOUT_MINUTES, acme, PreferenceMode.OVERRIDE, "30", META));
            writer.commit();
        }
    }

    /** The tab's view model on the services of an opened store, with the fixed clock. */
    static SchedulesViewModel viewModel(EditorServices services) {
        return new SchedulesViewModel(services.tenants(), services.store(), services.tasks(), services.commands(),
                services.notices(), ComputerSource.of(services.store()), CLOCK);
    }

    static List<MaintenanceSchedule> stored(LocalStore store, UUID tenant) {
        return store.records(ScheduleKind.INSTANCE, List.of(tenant));
    }

    static MaintenanceSchedule stored(LocalStore store, UUID tenant, String name) {
        return stored(store, tenant).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    static MaintenanceSchedule schedule(UUID id, UUID tenant, String name, String cron, int window, boolean propagate) {
        return new MaintenanceSchedule(id, tenant, name, cron, window, "", false, ScheduleTarget.allComputers(), propagate,
                RebootPreference.NORMAL, 15, false, true, true, META);
    }

    private static Tenant tenant(UUID id, UUID parent, String name, TenantKind kind, String zone) {
        return SeedRecords.tenant(id, parent, name, kind, zone, META);
    }

    private static Computer computer(UUID id, String name, UUID tenant, String tag) {
        return SeedRecords.computer(id, name, tenant, tag, META);
    }
}
