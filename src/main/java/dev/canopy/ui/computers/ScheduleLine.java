package dev.canopy.ui.computers;

import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.domain.schedule.Recurrence;

import java.util.UUID;
import java.util.function.Function;

/** How an applying schedule reads: "Nightly — Every day at 02:00 (from Northwind)" when it is inherited. */
final class ScheduleLine {

    private ScheduleLine() {
    }

    static String of(AppliedSchedule applied, Function<UUID, String> tenantName) {
        return applied.schedule().name() + " — " + describe(applied.schedule().cron())
                + (applied.inherited() ? " (from " + tenantName.apply(applied.ownerTenantId()) + ")" : "");
    }

    private static String describe(String cron) {
        try {
            return Recurrence.fromCron(cron).describe();
        } catch (RuntimeException invalid) {
            return cron;
        }
    }
}
