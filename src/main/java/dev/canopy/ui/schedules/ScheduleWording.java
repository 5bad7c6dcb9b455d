package dev.canopy.ui.schedules;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.Recurrence;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantNode;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** The Schedules tab's sentences about a schedule's window, zone and origin; plain functions, so tests need no window. */
final class ScheduleWording {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private ScheduleWording() {
    }

    /** "1 h 30 min: 05:30–07:00", "… the next day" when it ends after midnight; just the length without a recurrence. */
    static String window(Recurrence recurrence, int minutes) {
        String length = WindowLength.words(minutes);
        if (recurrence == null) {
            return length;
        }
        LocalTime start = recurrence.time();
        boolean nextDay = start.getHour() * 60 + start.getMinute() + minutes >= 24 * 60;
        return length + ": " + start.format(HH_MM) + "–" + start.plusMinutes(minutes).format(HH_MM) + (nextDay ? " the next day" : "");
    }

    /**
     * Which clock the runs follow. {@code ownZone} is the schedule's checked zone ("" for none, null while refused);
     * {@code tenantZone} the tenant's effective zone ("" when no tenant on the path sets one), set on {@code zoneSetBy}.
     */
    static String zone(ZoneMode mode, String ownZone, String tenantZone, String zoneSetBy) {
        String tenant = tenantZone == null || tenantZone.isBlank() ? "UTC (no tenant on the path sets a time zone)"
                : tenantZone + " (set on " + zoneSetBy + ")";
        return switch (mode == null ? ZoneMode.TENANT : mode) {
            case TENANT -> "Runs follow " + tenant + ".";
            case OWN -> ownZone == null || ownZone.isEmpty() ? "" : "Runs follow " + ownZone + ", whatever the tenant's zone.";
            case COMPUTER -> "Each computer runs at this time on its own clock; the preview uses " + tenant + ".";
        };
    }

    /** The title over the preview's first column. */
    static String scheduleZoneTitle(ZoneMode mode) {
        return mode == ZoneMode.COMPUTER ? "A computer in the tenant's zone" : "Schedule's zone";
    }

    /** The banner over an inherited schedule. */
    static String inheritedFrom(String ownerName) {
        return "Inherited from " + ownerName + ", which passes it on to its child tenants. It is read-only here; change it at its owner.";
    }

    /** The list's second line: the recurrence in words, or why it cannot be read. */
    static String when(MaintenanceSchedule schedule) {
        try {
            return schedule.recurrence().describe();
        } catch (RuleViolation unreadable) {
            return "Unreadable recurrence \"" + schedule.cron() + "\"";
        }
    }

    /** The list's third line: "2 h window", with "· from Northwind" for an inherited schedule. */
    static String detail(AppliedSchedule applied, String ownerName) {
        int minutes = applied.schedule().windowMinutes();
        String window = minutes > 0 ? WindowLength.words(minutes) + " window" : "no window";
        return applied.inherited() ? window + " · from " + ownerName : window;
    }

    /** "1 own · 2 inherited", or "1 own" when nothing is inherited. */
    static String summary(long own, long inherited) {
        return own + " own" + (inherited == 0 ? "" : " · " + inherited + " inherited");
    }

    /** A tenant's name as the tab shows it; "" for none, "another tenant" for one no longer in the tree. */
    static String tenantName(TenantHierarchy hierarchy, UUID id) {
        return id == null ? "" : hierarchy.node(id).map(TenantNode::name).orElse("another tenant");
    }
}
