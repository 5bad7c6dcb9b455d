package dev.canopy.domain.sample;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.tenant.Tenant;

/**
 * Receives generated records in an order that respects references (tenants, then people, then computers, each
 * computer's maintenance sessions right after it).
 */
public interface SampleSink {
    void tenant(Tenant tenant);

    void person(Person person);

    void computer(Computer computer);

    /** A computer's maintenance history; a sink that keeps no history (a server seed) may leave it out. */
    default void session(dev.canopy.domain.session.MaintenanceSession session) {
    }

    void schedule(dev.canopy.domain.schedule.MaintenanceSchedule schedule);

    void deployment(dev.canopy.domain.deployment.Deployment deployment);

    void preference(dev.canopy.domain.preference.TenantPreference preference);

    /** Checked between records; true stops the generation early (the caller rolls back). */
    default boolean cancelled() {
        return false;
    }
}
