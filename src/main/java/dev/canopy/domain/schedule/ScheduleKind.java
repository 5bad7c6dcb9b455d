package dev.canopy.domain.schedule;

import dev.canopy.domain.RecordMeta;
import dev.canopy.domain.command.RecordKind;
import dev.canopy.domain.command.Workspace;

import java.util.UUID;

/** Maintenance schedules as records the generic save/delete commands handle. */
public final class ScheduleKind implements RecordKind<MaintenanceSchedule> {

    public static final ScheduleKind INSTANCE = new ScheduleKind();

    private ScheduleKind() {
    }

    @Override
    public String name() {
        return "schedule";
    }

    @Override
    public String describe(MaintenanceSchedule s) {
        return "schedule " + s.name();
    }

    @Override
    public UUID id(MaintenanceSchedule s) {
        return s.id();
    }

    @Override
    public UUID tenantId(MaintenanceSchedule s) {
        return s.tenantId();
    }

    @Override
    public RecordMeta meta(MaintenanceSchedule s) {
        return s.meta();
    }

    @Override
    public MaintenanceSchedule withMeta(MaintenanceSchedule s, RecordMeta meta) {
        return s.withMeta(meta);
    }

    @Override
    public MaintenanceSchedule check(Workspace ws, MaintenanceSchedule s) {
        MaintenanceSchedule checked = ScheduleRules.check(s);
        ScheduleRules.checkUniqueName(checked, ws.ofTenant(this, s.tenantId()));
        return checked;
    }

    @Override
    public String toString() {
        return name();
    }
}
