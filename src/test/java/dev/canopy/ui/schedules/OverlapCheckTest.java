package dev.canopy.ui.schedules;

import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.domain.schedule.MaintenanceSchedule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Which schedules of a tenant overlap, and the editor's warning about them. */
class OverlapCheckTest {

    private static final Instant NOW = ScheduleSamples.CLOCK.instant();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final UUID globex = UUID.randomUUID();
    private final UUID msp = UUID.randomUUID();
    private final MaintenanceSchedule backups = ScheduleSamples.schedule(UUID.randomUUID(), globex, "Backups window", "0 1 * * *", 120, false);
    private final MaintenanceSchedule patch = ScheduleSamples.schedule(UUID.randomUUID(), globex, "Patch night", "0 2 * * SAT", 60, false);
    private final MaintenanceSchedule baseline = ScheduleSamples.schedule(UUID.randomUUID(), msp, "MSP baseline", "0 2 * * *", 30, true);
    private final MaintenanceSchedule unreadable = ScheduleSamples.schedule(UUID.randomUUID(), globex, "Odd", "61 * * * *", 60, false);
    private final Map<UUID, String> names = Map.of(msp, "Northwind");

    @Test
    void theScheduleIdsWhoseWindowsMeetAreMarkedAndAnUnreadableCronHidesNoneOfThem() {
        assertThat(OverlapCheck.overlapping(List.of(backups, patch, unreadable), "Europe/Berlin", NOW))
                .containsExactlyInAnyOrder(backups.id(), patch.id());
        assertThat(OverlapCheck.overlapping(List.of(backups), "Europe/Berlin", NOW)).isEmpty();
    }

    @Test
    void theWarningNamesEachOtherScheduleWhereItComesFromAndWhenTheyFirstMeet() {
        List<AppliedSchedule> applied = List.of(new AppliedSchedule(backups, globex, false), new AppliedSchedule(patch, globex, false),
                new AppliedSchedule(baseline, msp, true));
        assertThat(OverlapCheck.warning(patch, globex, applied, "Europe/Berlin", NOW, BERLIN, names::get)).isEqualTo(
                "Overlaps \"Backups window\", first on Sat 7 Mar 2026  02:00 CET.\n"
                        + "Overlaps \"MSP baseline\" (from Northwind), first on Sat 7 Mar 2026  02:00 CET.");
        assertThat(OverlapCheck.warning(patch, globex, applied, "Europe/Berlin", NOW, ZoneId.of("America/New_York"), names::get))
                .as("in the zone the preview shows").startsWith("Overlaps \"Backups window\", first on Fri 6 Mar 2026  20:00 EST.");
    }
}
