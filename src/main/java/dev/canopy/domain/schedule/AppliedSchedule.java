package dev.canopy.domain.schedule;

import java.util.UUID;

/** A schedule that applies to a tenant: its own, or an ancestor's that propagates to child tenants. */
public record AppliedSchedule(MaintenanceSchedule schedule, UUID ownerTenantId, boolean inherited) {
}
