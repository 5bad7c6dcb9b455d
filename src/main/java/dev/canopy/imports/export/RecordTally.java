package dev.canopy.imports.export;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.store.RecordCounts;
import dev.canopy.store.StoreRestore;

/** The records of an export counted, not written: what a dry run of a restore reads the file into. */
final class RecordTally implements StoreRestore.Records {

    private int tenants;
    private int preferences;
    private int schedules;
    private int deployments;
    private int people;
    private int computers;
    private long software;

    @Override
    public void tenant(Tenant tenant) {
        tenants++;
    }

    @Override
    public void preference(TenantPreference preference) {
        preferences++;
    }

    @Override
    public void schedule(MaintenanceSchedule schedule) {
        schedules++;
    }

    @Override
    public void deployment(Deployment deployment) {
        deployments++;
    }

    @Override
    public void person(Person person) {
        people++;
    }

    @Override
    public void computer(Computer computer) {
        computers++;
        software += computer.software().size();
    }

    @Override
    public void writePending() {
        // nothing is held back: nothing is written
    }

    @Override
    public RecordCounts counts() {
        return new RecordCounts(tenants, preferences, schedules, deployments, people, computers, software);
    }
}
