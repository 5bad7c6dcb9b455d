package dev.canopy.ui.main;

import dev.canopy.domain.computer.Computer;
import dev.canopy.domain.deployment.Deployment;
import dev.canopy.domain.person.Person;
import dev.canopy.domain.preference.TenantPreference;
import dev.canopy.domain.sample.SampleSink;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import dev.canopy.domain.tenant.Tenant;
import dev.canopy.ui.common.TaskProgress;

/** Passes generated sample records on and reports how many tenants and computers have been made; stops on cancel. */
final class SampleProgress implements SampleSink {

    private final SampleSink target;
    private final int expected;
    private final TaskProgress progress;
    private int made;

    SampleProgress(SampleSink target, int expected, TaskProgress progress) {
        this.target = target;
        this.expected = expected;
        this.progress = progress;
    }

    private void counted(String what) {
        made++;
        if (made % 50 == 0) {
            progress.update((double) made / expected, "Generating " + what + "…");
        }
    }

    @Override
    public void tenant(Tenant tenant) {
        target.tenant(tenant);
        counted("tenants");
    }

    @Override
    public void person(Person person) {
        target.person(person);
    }

    @Override
    public void computer(Computer computer) {
        target.computer(computer);
        counted("computers");
    }

    @Override
    public void session(dev.canopy.domain.session.MaintenanceSession session) {
        target.session(session);
    }

    @Override
    public void schedule(MaintenanceSchedule schedule) {
        target.schedule(schedule);
    }

    @Override
    public void deployment(Deployment deployment) {
        target.deployment(deployment);
    }

    @Override
    public void preference(TenantPreference preference) {
        target.preference(preference);
    }

    @Override
    public boolean cancelled() {
        return progress.isCancelled() || target.cancelled();
    }
}
