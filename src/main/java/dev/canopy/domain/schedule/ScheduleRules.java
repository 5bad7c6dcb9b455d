package dev.canopy.domain.schedule;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.tenant.TenantRules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The field rules of a maintenance schedule (DESIGN.md §1), for the editor and the store. Each refuses bad input
 * with a message for the technician, on the field's name in {@link MaintenanceSchedule} ("recurrence" for the cron,
 * as {@link Recurrence#parse} reports it).
 */
public final class ScheduleRules {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_WINDOW_MINUTES = 24 * 60;
    public static final int MAX_PROMPT_TIMEOUT_MINUTES = 24 * 60;

    private ScheduleRules() {
    }

    /** A valid copy of the schedule with its fields normalised (trimmed name, canonical cron and zone, tidy target). */
    public static MaintenanceSchedule check(MaintenanceSchedule s) {
        return new MaintenanceSchedule(s.id(), s.tenantId(), checkName(s.name()), checkCron(s.cron()),
                checkWindowMinutes(s.windowMinutes()), checkTimeZone(s.timeZone()), s.useComputerTimeZone(),
                checkTarget(s.target()), s.propagateToChildTenants(), s.rebootPreference(),
                checkPromptTimeoutMinutes(s.promptTimeoutMinutes()), s.autoConsentToReboots(),
                s.suppressRebootsDuringBusinessHours(), s.enabled(), s.meta());
    }

    public static String checkName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new RuleViolation("name", "Name is required.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new RuleViolation("name", "Name is " + name.length() + " characters; at most " + MAX_NAME_LENGTH + " are allowed.");
        }
        return name;
    }

    /** Refuses a name that another live schedule of the same tenant has, ignoring case. */
    public static void checkUniqueName(MaintenanceSchedule schedule, List<MaintenanceSchedule> tenantSchedules) {
        String name = schedule.name().strip();
        for (MaintenanceSchedule other : tenantSchedules) {
            if (!other.id().equals(schedule.id()) && other.tenantId().equals(schedule.tenantId()) && !other.deleted()
                    && other.name().strip().equalsIgnoreCase(name)) {
                throw new RuleViolation("name", "This tenant already has a schedule named \"" + other.name() + "\".");
            }
        }
    }

    /** The cron in canonical spelling (single spaces, upper-case names). */
    public static String checkCron(String raw) {
        return Recurrence.parse(raw).toCron();
    }

    public static int checkWindowMinutes(int minutes) {
        if (minutes < 1 || minutes > MAX_WINDOW_MINUTES) {
            throw new RuleViolation("windowMinutes", "A maintenance window must be between 1 minute and 24 hours (got " + minutes + ").");
        }
        return minutes;
    }

    /** An IANA zone id, or "" for the tenant's effective zone. */
    public static String checkTimeZone(String raw) {
        return TenantRules.checkTimeZone(raw);
    }

    public static int checkPromptTimeoutMinutes(int minutes) {
        if (minutes < 0 || minutes > MAX_PROMPT_TIMEOUT_MINUTES) {
            throw new RuleViolation("promptTimeoutMinutes",
                    "The reboot prompt timeout must be between 0 and " + MAX_PROMPT_TIMEOUT_MINUTES + " minutes (got " + minutes + ").");
        }
        return minutes;
    }

    /** The target with only what its kind uses: a trimmed tag, or distinct computers. */
    public static ScheduleTarget checkTarget(ScheduleTarget target) {
        Objects.requireNonNull(target, "target");
        return switch (target.kind()) {
            case ALL_COMPUTERS -> ScheduleTarget.allComputers();
            case TAG -> {
                if (target.tag().isBlank()) {
                    throw new RuleViolation("target", "Enter the tag of the computers this schedule covers.");
                }
                yield ScheduleTarget.tagged(target.tag().strip());
            }
            case COMPUTERS -> {
                if (target.computerIds().isEmpty()) {
                    throw new RuleViolation("target", "Choose at least one computer for this schedule.");
                }
                yield ScheduleTarget.computers(List.copyOf(new LinkedHashSet<>(target.computerIds())));
            }
        };
    }
}
