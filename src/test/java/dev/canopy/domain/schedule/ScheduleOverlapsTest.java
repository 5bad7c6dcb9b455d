package dev.canopy.domain.schedule;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static dev.canopy.domain.schedule.Schedules.inZone;
import static dev.canopy.domain.schedule.Schedules.schedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ScheduleOverlapsTest {

    private static final UUID TENANT = UUID.randomUUID();
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Function<MaintenanceSchedule, ZoneId> ZONE = s -> ScheduleZone.resolve(s, "UTC");

    @Test
    void windowsThatIntersectAreReportedOncePerPairEarliestFirst() {
        MaintenanceSchedule two = schedule(TENANT, "02:00", "0 2 * * *");
        MaintenanceSchedule twoThirty = schedule(TENANT, "02:30", "30 2 * * *");
        MaintenanceSchedule three = schedule(TENANT, "03:00", "0 3 * * *");
        MaintenanceSchedule disabled = schedule(TENANT, "off", "0 2 * * *", 60, false, false);

        assertThat(ScheduleOverlaps.find(List.of(two, twoThirty, three, disabled), ZONE, FROM, 7))
                .extracting(o -> o.a().name(), o -> o.b().name(), Overlap::firstOverlapStart)
                .containsExactly(
                        tuple("02:00", "02:30", ZonedDateTime.parse("2026-01-01T02:30Z[UTC]")),
                        tuple("02:30", "03:00", ZonedDateTime.parse("2026-01-01T03:00Z[UTC]")));
    }

    @Test
    void windowsThatOnlyTouchDoNotOverlap() {
        MaintenanceSchedule two = schedule(TENANT, "02:00", "0 2 * * *");
        MaintenanceSchedule three = schedule(TENANT, "03:00", "0 3 * * *");
        assertThat(ScheduleOverlaps.find(List.of(two, three), ZONE, FROM, 30)).isEmpty();
    }

    @Test
    void onlyOverlapsWithinTheHorizonCount() {
        // 1 January 2026 is a Thursday; the 15th is the next Thursday that is also day 15.
        MaintenanceSchedule thursdays = schedule(TENANT, "Thursdays", "0 10 * * THU", 120, false, true);
        MaintenanceSchedule fifteenth = schedule(TENANT, "Fifteenth", "0 11 15 * *");
        assertThat(ScheduleOverlaps.find(List.of(thursdays, fifteenth), ZONE, FROM, 7)).isEmpty();
        assertThat(ScheduleOverlaps.find(List.of(thursdays, fifteenth), ZONE, FROM, 30))
                .extracting(Overlap::firstOverlapStart).containsExactly(ZonedDateTime.parse("2026-01-15T11:00Z[UTC]"));
    }

    @Test
    void schedulesInDifferentZonesAreComparedInRealTime() {
        MaintenanceSchedule utc = schedule(TENANT, "UTC 02:00", "0 2 * * *");
        MaintenanceSchedule berlin = inZone(schedule(TENANT, "Berlin 02:00", "0 2 * * *", 90, false, true), "Europe/Berlin");
        // Berlin's 02:00 is 01:00 UTC in winter; its 90-minute window reaches into the UTC window at 02:00 UTC.
        assertThat(ScheduleOverlaps.find(List.of(berlin, utc), ZONE, FROM, 2))
                .extracting(Overlap::firstOverlapStart).containsExactly(ZonedDateTime.parse("2026-01-01T03:00+01:00[Europe/Berlin]"));
    }

    @Test
    void aWindowStillOpenAtTheStartOfTheHorizonCounts() {
        MaintenanceSchedule lateEvening = schedule(TENANT, "Late", "0 23 * * *", 180, false, true);
        MaintenanceSchedule halfPast = schedule(TENANT, "Half past", "30 23 * * *", 180, false, true);
        assertThat(ScheduleOverlaps.find(List.of(lateEvening, halfPast), ZONE, FROM, 1))
                .extracting(Overlap::firstOverlapStart).containsExactly(ZonedDateTime.parse("2026-01-01T00:00Z[UTC]"));
    }
}
