package dev.canopy.ui.schedules;

import dev.canopy.domain.schedule.AppliedSchedule;

import java.util.List;
import java.util.UUID;

/**
 * What the editor needs to know about the tenant being looked at: its effective time zone (and which tenant
 * sets it), and every schedule that applies to it, for name checks and overlap warnings.
 */
record TenantSchedules(UUID tenantId, String effectiveZone, String zoneSetBy, List<AppliedSchedule> applied) {

    static final TenantSchedules NONE = new TenantSchedules(null, "", "", List.of());

    TenantSchedules {
        effectiveZone = effectiveZone == null ? "" : effectiveZone;
        zoneSetBy = zoneSetBy == null ? "" : zoneSetBy;
        applied = List.copyOf(applied);
    }
}
