package dev.canopy.store;

import dev.canopy.domain.command.RecordKind;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.deployment.DeploymentKind;
import dev.canopy.domain.person.PersonKind;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.schedule.ScheduleKind;

import java.util.Map;

/** Which table holds which record kind. */
final class RecordTables {

    private static final Map<String, RecordTable<?>> TABLES = Map.of(
            ScheduleKind.INSTANCE.name(), new DocumentTable<>("schedule", MaintenanceSchedule.class, ScheduleKind.INSTANCE),
            DeploymentKind.INSTANCE.name(), new DocumentTable<>("deployment", Deployment.class, DeploymentKind.INSTANCE),
            PersonKind.INSTANCE.name(), new PersonTable());

    private RecordTables() {
    }

    @SuppressWarnings("unchecked")
    static <R> RecordTable<R> of(RecordKind<R> kind) {
        RecordTable<?> table = TABLES.get(kind.name());
        if (table == null) {
            throw new IllegalArgumentException("No table for record kind " + kind.name());
        }
        return (RecordTable<R>) table;
    }
}
