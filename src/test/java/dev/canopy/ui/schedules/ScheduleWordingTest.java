package dev.canopy.ui.schedules;

import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.domain.schedule.Recurrence;
import dev.canopy.domain.tenant.TenantHierarchy;
import dev.canopy.domain.tenant.TenantKind;
import dev.canopy.domain.tenant.TenantNode;
import org.junit.jupiter.api.Test;

import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The tab's sentences about windows, zones and where a schedule comes from. */
class ScheduleWordingTest {

    private static final UUID ACME = UUID.randomUUID();

    @Test
    void aWindowIsItsLengthAndItsClockTimesSayingWhenItEndsTheNextDay() {
        assertThat(ScheduleWording.window(Recurrence.daily(LocalTime.of(5, 30)), 90)).isEqualTo("1 h 30 min: 05:30–07:00");
        assertThat(ScheduleWording.window(Recurrence.daily(LocalTime.of(22, 0)), 150)).isEqualTo("2 h 30 min: 22:00–00:30 the next day");
        assertThat(ScheduleWording.window(Recurrence.daily(LocalTime.of(23, 0)), 60)).isEqualTo("1 h: 23:00–00:00 the next day");
        assertThat(ScheduleWording.window(null, 45)).as("while the recurrence is refused").isEqualTo("45 min");
    }

    @Test
    void theZoneWordsNameTheClockAndWhereTheTenantsZoneIsSet() {
        assertThat(ScheduleWording.zone(ZoneMode.TENANT, "", "America/New_York", "Acme")).isEqualTo("Runs follow America/New_York (set on Acme).");
        assertThat(ScheduleWording.zone(ZoneMode.TENANT, "", "", "")).isEqualTo("Runs follow UTC (no tenant on the path sets a time zone).");
        assertThat(ScheduleWording.zone(ZoneMode.OWN, "Asia/Tokyo", "Europe/Berlin", "Northwind"))
                .isEqualTo("Runs follow Asia/Tokyo, whatever the tenant's zone.");
        assertThat(ScheduleWording.zone(ZoneMode.OWN, null, "Europe/Berlin", "Northwind")).as("while the zone is refused").isEmpty();
        assertThat(ScheduleWording.zone(ZoneMode.COMPUTER, "", "Europe/Berlin", "Northwind"))
                .isEqualTo("Each computer runs at this time on its own clock; the preview uses Europe/Berlin (set on Northwind).");
        assertThat(ScheduleWording.scheduleZoneTitle(ZoneMode.COMPUTER)).isEqualTo("A computer in the tenant's zone");
        assertThat(ScheduleWording.scheduleZoneTitle(ZoneMode.OWN)).isEqualTo("Schedule's zone");
    }

    @Test
    void theListSaysWhenAScheduleRunsHowLongAndWhereAnInheritedOneComesFrom() {
        var nightly = ScheduleSamples.schedule(UUID.randomUUID(), ACME, "Nightly", "0 22 * * *", 60, false);
        assertThat(ScheduleWording.when(nightly)).isEqualTo("Every day at 22:00");
        assertThat(ScheduleWording.detail(new AppliedSchedule(nightly, ACME, false), "Acme")).isEqualTo("1 h window");
        assertThat(ScheduleWording.detail(new AppliedSchedule(nightly, ACME, true), "Northwind")).isEqualTo("1 h window · from Northwind");
        var broken = ScheduleSamples.schedule(UUID.randomUUID(), ACME, "Broken", "every full moon", 0, false);
        assertThat(ScheduleWording.when(broken)).isEqualTo("Unreadable recurrence \"every full moon\"");
        assertThat(ScheduleWording.detail(new AppliedSchedule(broken, ACME, false), "Acme")).isEqualTo("no window");
        assertThat(ScheduleWording.summary(2, 0)).isEqualTo("2 own");
        assertThat(ScheduleWording.summary(0, 1)).isEqualTo("0 own · 1 inherited");
    }

    @Test
    void aTenantIsNamedAsTheTreeNamesIt() {
        TenantHierarchy tree = new TenantHierarchy(List.of(new TenantNode(ACME, null, "Acme", TenantKind.MSP, "", 0)));
        assertThat(ScheduleWording.tenantName(tree, ACME)).isEqualTo("Acme");
        assertThat(ScheduleWording.tenantName(tree, UUID.randomUUID())).isEqualTo("another tenant");
        assertThat(ScheduleWording.tenantName(tree, null)).isEmpty();
        assertThat(ScheduleWording.inheritedFrom("Acme"))
                .isEqualTo("Inherited from Acme, which passes it on to its child tenants. It is read-only here; change it at its owner.");
    }
}
