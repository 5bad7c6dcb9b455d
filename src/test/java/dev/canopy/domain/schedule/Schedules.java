package dev.canopy.domain.schedule;

import dev.canopy.domain.RecordMeta;

import java.time.Instant;
import java.util.UUID;

/** Test schedules with sensible defaults. */
final class Schedules {

    private Schedules() {
    }

    static MaintenanceSchedule schedule(UUID tenantId, String name, String cron) {
        return schedule(tenantId, name, cron, 60, false, true);
    }

    static MaintenanceSchedule schedule(UUID tenantId, String name, String cron, int windowMinutes, boolean propagate, boolean enabled) {
        return new MaintenanceSchedule(UUID.randomUUID(), tenantId, name, cron, windowMinutes, "", false,
                ScheduleTarget.allComputers(), propagate, RebootPreference.NORMAL, 15, false, true, enabled,
                RecordMeta.created(Instant.parse("2026-01-01T00:00:00Z"), "tech@msp.example"));
    }

    static MaintenanceSchedule inZone(MaintenanceSchedule s, String timeZone) {
        return new MaintenanceSchedule(s.id(), s.tenantId(), s.name(), s.cron(), s.windowMinutes(), timeZone, s.useComputerTimeZone(),
                s.target(), s.propagateToChildTenants(), s.rebootPreference(), s.promptTimeoutMinutes(), s.autoConsentToReboots(),
                s.suppressRebootsDuringBusinessHours(), s.enabled(), s.meta());
    }
}
