package dev.canopy.domain.schedule;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The zone a schedule's runs are shown in: its own, else the tenant's effective one, else UTC. */
public final class ScheduleZone {

    private ScheduleZone() {
    }

    /** {@code tenantEffectiveZone} may be null or "" when no tenant on the path sets one. */
    public static ZoneId resolve(MaintenanceSchedule schedule, String tenantEffectiveZone) {
        ZoneId own = zone(schedule.timeZone());
        if (own != null) {
            return own;
        }
        ZoneId tenant = zone(tenantEffectiveZone);
        return tenant != null ? tenant : ZoneOffset.UTC;
    }

    // A stored id this JDK does not know (tzdata renames) falls through to the next choice rather than breaking previews.
    private static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
