package dev.canopy.domain.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The schedules that apply to a tenant: its own, then those its ancestors propagate, nearest ancestor first. */
public final class InheritedSchedules {

    private static final Comparator<MaintenanceSchedule> BY_NAME =
            Comparator.comparing(MaintenanceSchedule::name, String.CASE_INSENSITIVE_ORDER).thenComparing(MaintenanceSchedule::id);

    private InheritedSchedules() {
    }

    /**
     * @param path      tenant ids from the MSP root down to the tenant (the tenant last)
     * @param schedules all live schedules
     */
    public static List<AppliedSchedule> forTenant(List<UUID> path, List<MaintenanceSchedule> schedules) {
        List<AppliedSchedule> applied = new ArrayList<>();
        for (int i = path.size() - 1; i >= 0; i--) {
            UUID owner = path.get(i);
            boolean inherited = i < path.size() - 1;
            schedules.stream()
                    .filter(s -> s.tenantId().equals(owner) && !s.deleted() && (!inherited || s.propagateToChildTenants()))
                    .sorted(BY_NAME)
                    .forEach(s -> applied.add(new AppliedSchedule(s, owner, inherited)));
        }
        return applied;
    }
}
