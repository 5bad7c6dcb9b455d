package dev.canopy.domain.schedule;

import dev.canopy.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static dev.canopy.domain.schedule.Schedules.inZone;
import static dev.canopy.domain.schedule.Schedules.schedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScheduleRulesTest {

    private static final UUID TENANT = UUID.randomUUID();

    private static void refused(Runnable check, String field, String message) {
        assertThatThrownBy(check::run).isInstanceOf(RuleViolation.class).hasMessage(message).extracting("field").isEqualTo(field);
    }

    @Test
    void namesAreTrimmedAndMustHaveOneTo100Characters() {
        assertThat(ScheduleRules.checkName("  Nightly patching ")).isEqualTo("Nightly patching");
        refused(() -> ScheduleRules.checkName(" "), "name", "Name is required.");
        assertThat(ScheduleRules.checkName("x".repeat(100))).hasSize(100);
        refused(() -> ScheduleRules.checkName("x".repeat(101)), "name", "Name is 101 characters; at most 100 are allowed.");
    }

    @Test
    void windowsLastOneMinuteToADay() {
        assertThat(ScheduleRules.checkWindowMinutes(1)).isEqualTo(1);
        assertThat(ScheduleRules.checkWindowMinutes(1440)).isEqualTo(1440);
        refused(() -> ScheduleRules.checkWindowMinutes(0), "windowMinutes", "A maintenance window must be between 1 minute and 24 hours (got 0).");
        refused(() -> ScheduleRules.checkWindowMinutes(1441), "windowMinutes", "A maintenance window must be between 1 minute and 24 hours (got 1441).");
    }

    @Test
    void promptTimeoutsAreZeroToADay() {
        assertThat(ScheduleRules.checkPromptTimeoutMinutes(0)).isZero();
        assertThat(ScheduleRules.checkPromptTimeoutMinutes(1440)).isEqualTo(1440);
        refused(() -> ScheduleRules.checkPromptTimeoutMinutes(-1), "promptTimeoutMinutes",
                "The reboot prompt timeout must be between 0 and 1440 minutes (got -1).");
    }

    @Test
    void timeZonesAreIanaIdsOrEmpty() {
        assertThat(ScheduleRules.checkTimeZone(" Europe/Berlin ")).isEqualTo("Europe/Berlin");
        assertThat(ScheduleRules.checkTimeZone("")).isEmpty();
        assertThatThrownBy(() -> ScheduleRules.checkTimeZone("Mars/Olympus")).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("\"Mars/Olympus\" is not a known time zone").extracting("field").isEqualTo("timeZone");
    }

    @Test
    void targetsNeedATagOrComputersAndKeepOnlyWhatTheirKindUses() {
        refused(() -> ScheduleRules.checkTarget(ScheduleTarget.tagged("  ")), "target", "Enter the tag of the computers this schedule covers.");
        refused(() -> ScheduleRules.checkTarget(ScheduleTarget.computers(List.of())), "target", "Choose at least one computer for this schedule.");
        UUID pc = UUID.randomUUID();
        assertThat(ScheduleRules.checkTarget(new ScheduleTarget(TargetKind.TAG, " servers ", List.of(pc))))
                .isEqualTo(ScheduleTarget.tagged("servers"));
        assertThat(ScheduleRules.checkTarget(new ScheduleTarget(TargetKind.COMPUTERS, "x", List.of(pc, pc))))
                .isEqualTo(ScheduleTarget.computers(List.of(pc)));
        assertThat(ScheduleRules.checkTarget(new ScheduleTarget(TargetKind.ALL_COMPUTERS, "x", List.of(pc))))
                .isEqualTo(ScheduleTarget.allComputers());
    }

    @Test
    void targetsDescribeThemselves() {
        assertThat(ScheduleTarget.allComputers().describe()).isEqualTo("All computers");
        assertThat(ScheduleTarget.tagged("servers").describe()).isEqualTo("Computers tagged \"servers\"");
        assertThat(ScheduleTarget.computers(List.of(UUID.randomUUID())).describe()).isEqualTo("1 computer");
        assertThat(ScheduleTarget.computers(List.of(UUID.randomUUID(), UUID.randomUUID())).describe()).isEqualTo("2 computers");
    }

    @Test
    void checkReturnsANormalisedCopy() {
        MaintenanceSchedule raw = inZone(schedule(TENANT, "  Nightly  ", " 30  2 * * mon-fri "), " Europe/Berlin ");
        MaintenanceSchedule checked = ScheduleRules.check(raw);
        assertThat(checked.name()).isEqualTo("Nightly");
        assertThat(checked.cron()).isEqualTo("30 2 * * MON-FRI");
        assertThat(checked.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(checked).usingRecursiveComparison().ignoringFields("name", "cron", "timeZone").isEqualTo(raw);
    }

    @Test
    void checkRefusesABadRecurrence() {
        refused(() -> ScheduleRules.check(schedule(TENANT, "Nightly", "*/5 2 * * *")), "recurrence",
                "Minute must be a single value 0–59 (got \"*/5\"): a schedule runs at most once a day.");
    }

    @Test
    void namesAreUniqueAmongTheTenantsLiveSchedulesIgnoringCase() {
        MaintenanceSchedule nightly = schedule(TENANT, "Nightly", "0 2 * * *");
        MaintenanceSchedule other = schedule(TENANT, "Weekend", "0 2 * * 6");
        MaintenanceSchedule deleted = schedule(TENANT, "Old", "0 2 * * *");
        deleted = deleted.withMeta(deleted.meta().withDeleted(true, Instant.EPOCH, "tech"));
        MaintenanceSchedule elsewhere = schedule(UUID.randomUUID(), "Clash", "0 2 * * *");
        List<MaintenanceSchedule> all = List.of(nightly, other, deleted, elsewhere);

        ScheduleRules.checkUniqueName(nightly, all);
        ScheduleRules.checkUniqueName(nightly.withName("old"), all);
        ScheduleRules.checkUniqueName(nightly.withName("clash"), all);
        refused(() -> ScheduleRules.checkUniqueName(nightly.withName(" weekend "), all), "name",
                "This tenant already has a schedule named \"Weekend\".");
    }

    @Test
    void theStoredCronReadsBackInItsFriendlyForm() {
        assertThat(schedule(TENANT, "Nightly", "30 2 * * *").recurrence()).isEqualTo(Recurrence.daily(LocalTime.of(2, 30)));
    }

    @Test
    void zonesResolveToTheSchedulesOwnThenTheTenantsThenUtc() {
        MaintenanceSchedule s = schedule(TENANT, "Nightly", "0 2 * * *");
        assertThat(ScheduleZone.resolve(inZone(s, "Asia/Tokyo"), "Europe/Berlin")).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(ScheduleZone.resolve(s, "Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(ScheduleZone.resolve(s, "")).isEqualTo(ZoneOffset.UTC);
        assertThat(ScheduleZone.resolve(s, null)).isEqualTo(ZoneOffset.UTC);
        assertThat(ScheduleZone.resolve(inZone(s, "Gone/Away"), "Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
    }
}
