package dev.canopy.domain.schedule;

import dev.canopy.domain.RecordMeta;

import java.util.Objects;
import java.util.UUID;

/**
 * When and how a tenant's computers are maintained (DESIGN.md §1). {@code cron} is the stored recurrence;
 * {@code timeZone} "" means the tenant's effective zone. Immutable; edits make new values.
 */
public record MaintenanceSchedule(UUID id,
                                  UUID tenantId,
                                  String name,
                                  String cron,
                                  int windowMinutes,
                                  String timeZone,
                                  boolean useComputerTimeZone,
                                  ScheduleTarget target,
                                  boolean propagateToChildTenants,
                                  RebootPreference rebootPreference,
                                  int promptTimeoutMinutes,
                                  boolean autoConsentToReboots,
                                  boolean suppressRebootsDuringBusinessHours,
                                  boolean enabled,
                                  RecordMeta meta) {

    public MaintenanceSchedule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        name = name == null ? "" : name;
        cron = cron == null ? "" : cron;
        timeZone = timeZone == null ? "" : timeZone;
        target = target == null ? ScheduleTarget.allComputers() : target;
        rebootPreference = rebootPreference == null ? RebootPreference.NORMAL : rebootPreference;
        Objects.requireNonNull(meta, "meta");
    }

    /** The stored cron in its friendly form when it has one; throws RuleViolation if the cron is invalid. */
    public Recurrence recurrence() {
        return Recurrence.fromCron(cron);
    }

    public boolean deleted() {
        return meta.deleted();
    }

    public MaintenanceSchedule withName(String newName) {
        return new MaintenanceSchedule(id, tenantId, newName, cron, windowMinutes, timeZone, useComputerTimeZone, target,
                propagateToChildTenants, rebootPreference, promptTimeoutMinutes, autoConsentToReboots,
                suppressRebootsDuringBusinessHours, enabled, meta);
    }

    /** The same schedule owned by another tenant, as a merge moves it. */
    public MaintenanceSchedule withTenantId(UUID newTenantId) {
        return new MaintenanceSchedule(id, newTenantId, name, cron, windowMinutes, timeZone, useComputerTimeZone, target,
                propagateToChildTenants, rebootPreference, promptTimeoutMinutes, autoConsentToReboots,
                suppressRebootsDuringBusinessHours, enabled, meta);
    }

    public MaintenanceSchedule withMeta(RecordMeta newMeta) {
        return new MaintenanceSchedule(id, tenantId, name, cron, windowMinutes, timeZone, useComputerTimeZone, target,
                propagateToChildTenants, rebootPreference, promptTimeoutMinutes, autoConsentToReboots,
                suppressRebootsDuringBusinessHours, enabled, newMeta);
    }
}
