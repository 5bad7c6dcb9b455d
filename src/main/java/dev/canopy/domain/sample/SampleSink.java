package dev.canopy.domain.sample;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.tenant.Tenant;

/** Receives generated records in an order that respects references (tenants, then people, then computers). */
public interface SampleSink {
    void tenant(Tenant tenant);

    void person(Person person);

    void computer(Computer computer);

    /** Checked between records; true stops the generation early (the caller rolls back). */
    default boolean cancelled() {
        return false;
    }
}
