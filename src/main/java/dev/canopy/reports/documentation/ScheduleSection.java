package dev.canopy.reports.documentation;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.ScheduleZone;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The schedules that apply to the tenant, its own and those passed down to it, with their next runs. */
final class ScheduleSection {

    static final int NEXT_RUNS = 3;
    private static final DateTimeFormatter RUN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm zzz", Locale.ENGLISH);
    private static final List<DocTable.Column> COLUMNS = List.of(new DocTable.Column("Schedule", 1.8f), new DocTable.Column("From", 1.5f),
            new DocTable.Column("When", 2.2f), new DocTable.Column("Computers", 1.4f), new DocTable.Column("Reboots", 1.8f),
            new DocTable.Column("Next runs", 2.6f));

    private ScheduleSection() {
    }

    /** @param tenantZone the tenant's effective time zone ("" when no tenant on its path sets one) */
    static DocSection of(List<AppliedSchedule> applied, String tenantZone, Instant now, Function<UUID, String> tenantName) {
        if (applied.isEmpty()) {
            return new DocSection("Maintenance schedules", "No schedule applies to this tenant: its computers are not maintained on a schedule.", null);
        }
        List<List<String>> rows = new ArrayList<>();
        int inherited = 0;
        for (AppliedSchedule a : applied) {
            MaintenanceSchedule s = a.schedule();
            inherited += a.inherited() ? 1 : 0;
            String from = a.inherited() ? "Inherited from " + tenantName.apply(a.ownerTenantId()) : "Own"
                    + (s.propagateToChildTenants() ? ", passed on to child tenants" : "");
            rows.add(List.of(s.name(), from, when(s), s.target().describe(), s.rebootPreference().label(), nextRuns(s, tenantZone, now)));
        }
        int own = applied.size() - inherited;
        String summary = count(applied.size(), "schedule") + " apply: " + own + " of its own, " + inherited + " inherited.";
        return new DocSection("Maintenance schedules", summary, new DocTable(COLUMNS, rows, ""));
    }

    private static String when(MaintenanceSchedule s) {
        try {
            return s.recurrence().describe() + ", for " + s.windowMinutes() + " min";
        } catch (RuleViolation unreadable) {
            return "Cannot be read (" + s.cron() + "): " + unreadable.getMessage();
        }
    }

    private static String nextRuns(MaintenanceSchedule s, String tenantZone, Instant now) {
        if (!s.enabled()) {
            return "Disabled: does not run";
        }
        ZoneId zone = ScheduleZone.resolve(s, tenantZone);
        try {
            List<ZonedDateTime> runs = s.recurrence().nextRuns(now, zone, NEXT_RUNS);
            if (runs.isEmpty()) {
                return "No run in the next years";
            }
            String text = runs.stream().map(RUN::format).collect(Collectors.joining("\n"));
            return s.useComputerTimeZone() ? text + "\n(each computer on its own clock)" : text;
        } catch (RuleViolation unreadable) {
            return "None (the recurrence cannot be read)";
        }
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
