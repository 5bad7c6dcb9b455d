package dev.canopy.ui.schedules;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.Overlap;
import dev.canopy.domain.schedule.ScheduleOverlaps;
import dev.canopy.domain.schedule.ScheduleZone;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

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

    /** The ids of the schedules whose windows overlap another's (the list marks them). */
    static Set<UUID> overlapping(List<MaintenanceSchedule> schedules, String tenantZone, Instant from) {
        Set<UUID> ids = new HashSet<>();
        for (Overlap o : among(schedules, tenantZone, from)) {
            ids.add(o.a().id());
            ids.add(o.b().id());
        }
        return ids;
    }

    /**
     * The editor's warning for a schedule as edited: one line per schedule of the tenant it overlaps, saying where
     * that one comes from when another tenant owns it, and when they first meet in {@code shownIn}; "" for none.
     */
    static String warning(MaintenanceSchedule edited, UUID owner, List<AppliedSchedule> applied, String tenantZone,
                          Instant from, ZoneId shownIn, Function<UUID, String> tenantName) {
        if (!edited.enabled()) {
            return "";
        }
        List<MaintenanceSchedule> all = new ArrayList<>(List.of(edited));
        Map<UUID, UUID> owners = new HashMap<>();
        for (AppliedSchedule a : applied) {
            if (!a.schedule().id().equals(edited.id())) {
                all.add(a.schedule());
                owners.put(a.schedule().id(), a.ownerTenantId());
            }
        }
        List<String> lines = new ArrayList<>();
        for (Overlap o : among(all, tenantZone, from)) {
            MaintenanceSchedule other = o.a().id().equals(edited.id()) ? o.b() : o.b().id().equals(edited.id()) ? o.a() : null;
            if (other != null) {
                UUID otherOwner = owners.get(other.id());
                String origin = Objects.equals(otherOwner, owner) ? "" : " (from " + tenantName.apply(otherOwner) + ")";
                lines.add("Overlaps \"" + other.name() + "\"" + origin + ", first on "
                        + o.firstOverlapStart().withZoneSameInstant(shownIn).format(NextRunsPreview.FORMAT) + ".");
            }
        }
        return String.join("\n", lines);
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
