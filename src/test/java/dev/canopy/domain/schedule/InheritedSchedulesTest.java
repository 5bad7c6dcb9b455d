package dev.canopy.domain.schedule;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.canopy.domain.schedule.Schedules.schedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class InheritedSchedulesTest {

    private final UUID msp = UUID.randomUUID();
    private final UUID client = UUID.randomUUID();
    private final UUID branch = UUID.randomUUID();

    private final MaintenanceSchedule patchTuesday = schedule(msp, "Patch Tuesday", "0 22 * * 2", 60, true, true);
    private final MaintenanceSchedule mspOnly = schedule(msp, "MSP servers", "0 1 * * *", 60, false, true);
    private final MaintenanceSchedule clientNightly = schedule(client, "b nightly", "0 2 * * *", 60, true, false);
    private final MaintenanceSchedule clientWeekly = schedule(client, "A weekly", "0 3 * * 6", 60, false, true);
    private final MaintenanceSchedule branchZ = schedule(branch, "z reboot", "0 4 * * *");
    private final MaintenanceSchedule branchY = schedule(branch, "Y updates", "0 5 * * *");
    private final MaintenanceSchedule elsewhere = schedule(UUID.randomUUID(), "Other client", "0 5 * * *", 60, true, true);
    private final List<MaintenanceSchedule> all = List.of(patchTuesday, mspOnly, clientNightly, clientWeekly, branchZ, branchY, elsewhere);

    @Test
    void ownSchedulesComeFirstThenThoseAncestorsPropagateNearestFirst() {
        assertThat(InheritedSchedules.forTenant(List.of(msp, client, branch), all))
                .extracting(a -> a.schedule().name(), AppliedSchedule::ownerTenantId, AppliedSchedule::inherited)
                .containsExactly(
                        tuple("Y updates", branch, false),
                        tuple("z reboot", branch, false),
                        tuple("b nightly", client, true),
                        tuple("Patch Tuesday", msp, true));
    }

    @Test
    void aTenantsOwnSchedulesApplyWhetherOrNotTheyPropagate() {
        assertThat(InheritedSchedules.forTenant(List.of(msp, client), all))
                .extracting(a -> a.schedule().name(), AppliedSchedule::inherited)
                .containsExactly(tuple("A weekly", false), tuple("b nightly", false), tuple("Patch Tuesday", true));
        assertThat(InheritedSchedules.forTenant(List.of(msp), all)).extracting(a -> a.schedule().name())
                .containsExactly("MSP servers", "Patch Tuesday");
    }

    @Test
    void deletedSchedulesDoNotApply() {
        MaintenanceSchedule deleted = patchTuesday.withMeta(patchTuesday.meta().withDeleted(true, Instant.EPOCH, "tech"));
        assertThat(InheritedSchedules.forTenant(List.of(msp, client), List.of(deleted, clientNightly)))
                .extracting(a -> a.schedule().name()).containsExactly("b nightly");
        assertThat(InheritedSchedules.forTenant(List.of(), all)).isEmpty();
    }
}
