package dev.canopy.ui.schedules;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.Overlap;
import dev.canopy.domain.schedule.ScheduleOverlaps;
import dev.canopy.domain.schedule.ScheduleZone;

import java.time.Instant;
import java.util.List;

/**
 * Overlapping windows among the schedules that apply to one tenant. A schedule without a zone of its own runs
 * in the tenant's effective zone; a year ahead is searched so monthly and month-restricted schedules meet too.
 */
final class OverlapCheck {

    static final int DAYS = 366;

    private OverlapCheck() {
    }

    static List<Overlap> among(List<MaintenanceSchedule> schedules, String tenantZone, Instant from) {
        // A stored cron this version cannot read must not hide the warnings about the others.
        List<MaintenanceSchedule> readable = schedules.stream().filter(OverlapCheck::readable).toList();
        return ScheduleOverlaps.find(readable, s -> ScheduleZone.resolve(s, tenantZone), from, DAYS);
    }

    private static boolean readable(MaintenanceSchedule s) {
        try {
            s.recurrence();
            return s.windowMinutes() > 0;
        } catch (RuleViolation e) {
            return false;
        }
    }
}
