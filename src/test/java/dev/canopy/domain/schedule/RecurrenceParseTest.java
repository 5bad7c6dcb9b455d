package dev.canopy.domain.schedule;

import dev.canopy.domain.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecurrenceParseTest {

    @Test
    void parsesListsRangesStepsAndNamesCaseInsensitively() {
        CronExpression cron = Recurrence.parse(" 15  4 1-10/3,20 jan,Jul-aug */2 ").cron();
        assertThat(cron.time()).isEqualTo(LocalTime.of(4, 15));
        assertThat(cron.daysOfMonth()).containsExactly(1, 4, 7, 10, 20);
        assertThat(cron.months()).containsExactly(1, 7, 8);
        assertThat(cron.daysOfWeek()).containsExactlyInAnyOrder(SUNDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, SATURDAY);
        assertThat(cron.text()).isEqualTo("15 4 1-10/3,20 JAN,JUL-AUG */2");
    }

    @Test
    void zeroAndSevenAreBothSunday() {
        assertThat(Recurrence.parse("0 3 * * 7").cron().daysOfWeek()).containsExactly(SUNDAY);
        assertThat(Recurrence.parse("0 3 * * 0").cron().daysOfWeek()).containsExactly(SUNDAY);
        assertThat(Recurrence.parse("0 3 * * 5-7").cron().daysOfWeek()).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, SATURDAY, SUNDAY);
        assertThat(Recurrence.parse("0 3 * * sun-sat").cron().daysOfWeek()).hasSize(7);
    }

    @Test
    void aSingleValueWithAStepRunsToTheEndOfTheField() {
        assertThat(Recurrence.parse("0 3 20/5 * *").cron().daysOfMonth()).containsExactly(20, 25, 30);
    }

    @Test
    void whenBothDayFieldsAreRestrictedEitherMatches() {
        Recurrence firstOrMonday = Recurrence.parse("0 3 1 * MON");
        assertThat(firstOrMonday.runsOn(LocalDate.of(2026, 4, 1))).isTrue();   // a Wednesday, the 1st
        assertThat(firstOrMonday.runsOn(LocalDate.of(2026, 4, 6))).isTrue();   // a Monday
        assertThat(firstOrMonday.runsOn(LocalDate.of(2026, 4, 7))).isFalse();
        Recurrence mondaysInJune = Recurrence.parse("0 3 * 6 MON");
        assertThat(mondaysInJune.runsOn(LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(mondaysInJune.runsOn(LocalDate.of(2026, 6, 2))).isFalse();
        assertThat(mondaysInJune.runsOn(LocalDate.of(2026, 7, 6))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "*/5 2 * * *   | Minute must be a single value 0–59 (got \"*/5\"): a schedule runs at most once a day.",
            "0,30 2 * * *  | Minute must be a single value 0–59 (got \"0,30\"): a schedule runs at most once a day.",
            "60 2 * * *    | Minute must be a number 0–59 (got \"60\").",
            "x 2 * * *     | Minute must be a number 0–59 (got \"x\").",
            "0 1-5 * * *   | Hour must be a single value 0–23 (got \"1-5\"): a schedule runs at most once a day.",
            "0 * * * *     | Hour must be a single value 0–23 (got \"*\"): a schedule runs at most once a day.",
            "0 24 * * *    | Hour must be a number 0–23 (got \"24\").",
            "0 2 0 * *     | Day of month must be *, a day 1–31, a list (1,15), a range (1-5) or a step (*/2) (got \"0\").",
            "0 2 1,32 * *  | Day of month must be *, a day 1–31, a list (1,15), a range (1-5) or a step (*/2) (got \"32\").",
            "0 2 L * *     | Day of month must be *, a day 1–31, a list (1,15), a range (1-5) or a step (*/2) (got \"L\").",
            "0 2 * 13 *    | Month must be *, a month 1–12 or JAN–DEC, a list (1,7), a range (JAN-MAR) or a step (*/3) (got \"13\").",
            "0 2 * JANUARY * | Month must be *, a month 1–12 or JAN–DEC, a list (1,7), a range (JAN-MAR) or a step (*/3) (got \"JANUARY\").",
            "0 2 * * 8     | Day of week must be *, a day 0–7 or SUN–SAT (0 and 7 are Sunday), a list (1,3), a range (MON-FRI) or a step (*/2) (got \"8\").",
            "0 2 * * MON-  | Day of week must be *, a day 0–7 or SUN–SAT (0 and 7 are Sunday), a list (1,3), a range (MON-FRI) or a step (*/2) (got \"MON-\").",
            "0 2 * * FRI-MON | Day of week range \"FRI-MON\" runs backwards; write the smaller value first.",
            "0 2 */0 * *   | Day of month step must be at least 1 (got \"*/0\").",
            "0 2 * */x *   | Month must be *, a month 1–12 or JAN–DEC, a list (1,7), a range (JAN-MAR) or a step (*/3) (got \"*/x\").",
            "0 2 * *       | A cron expression has 5 fields, minute hour day-of-month month day-of-week (got 4 in \"0 2 * *\").",
            "0 0 2 * * *   | A cron expression has 5 fields, minute hour day-of-month month day-of-week (got 6 in \"0 0 2 * * *\").",
    })
    void refusesBadFieldsNamingTheFieldAndValue(String cron, String message) {
        assertThatThrownBy(() -> Recurrence.parse(cron)).isInstanceOf(RuleViolation.class)
                .hasMessage(message).extracting("field").isEqualTo("recurrence");
    }

    @Test
    void refusesAnEmptyRecurrence() {
        assertThatThrownBy(() -> Recurrence.parse("  ")).isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("Enter a recurrence such as \"30 2 * * *\"");
        assertThatThrownBy(() -> Recurrence.parse(null)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void friendlyFormsWriteTheCronTheyStandFor() {
        assertThat(Recurrence.daily(LocalTime.of(2, 30)).toCron()).isEqualTo("30 2 * * *");
        assertThat(Recurrence.weekly(Set.of(WEDNESDAY, MONDAY), LocalTime.of(22, 0)).toCron()).isEqualTo("0 22 * * 1,3");
        assertThat(Recurrence.weekly(EnumSet.range(MONDAY, DayOfWeek.FRIDAY), LocalTime.of(22, 0)).toCron()).isEqualTo("0 22 * * 1-5");
        assertThat(Recurrence.weekly(Set.of(SATURDAY, SUNDAY), LocalTime.of(22, 0)).toCron()).isEqualTo("0 22 * * 0,6");
        assertThat(Recurrence.monthly(15, LocalTime.of(1, 0)).toCron()).isEqualTo("0 1 15 * *");
    }

    @Test
    void friendlyFormsSurviveTheRoundTripThroughCron() {
        for (Recurrence friendly : new Recurrence[]{
                Recurrence.daily(LocalTime.of(2, 30)),
                Recurrence.daily(LocalTime.MIDNIGHT),
                Recurrence.weekly(Set.of(MONDAY, WEDNESDAY), LocalTime.of(22, 0)),
                Recurrence.weekly(Set.of(SUNDAY), LocalTime.of(23, 59)),
                Recurrence.weekly(EnumSet.allOf(DayOfWeek.class), LocalTime.of(5, 0)),
                Recurrence.monthly(1, LocalTime.of(1, 0)),
                Recurrence.monthly(31, LocalTime.of(1, 0))}) {
            assertThat(Recurrence.fromCron(friendly.toCron())).isEqualTo(friendly);
        }
    }

    @Test
    void fromCronRecognisesFriendlyFormsHoweverTheyAreWritten() {
        assertThat(Recurrence.fromCron("30 2 * * *")).isEqualTo(Recurrence.daily(LocalTime.of(2, 30)));
        assertThat(Recurrence.fromCron("0 22 * * mon,WED")).isEqualTo(Recurrence.weekly(Set.of(MONDAY, WEDNESDAY), LocalTime.of(22, 0)));
        assertThat(Recurrence.fromCron("0 22 * 1-12 7")).isEqualTo(Recurrence.weekly(Set.of(SUNDAY), LocalTime.of(22, 0)));
        assertThat(Recurrence.fromCron("0 1 15 * *")).isEqualTo(Recurrence.monthly(15, LocalTime.of(1, 0)));
    }

    @Test
    void otherCronsStayCustom() {
        for (String cron : new String[]{"0 1 1,15 * *", "0 1 * 1 *", "0 1 1 * MON", "0 1 1-5 * *"}) {
            assertThat(Recurrence.fromCron(cron)).isInstanceOf(Recurrence.Custom.class)
                    .extracting(Recurrence::toCron).isEqualTo(cron.toUpperCase());
        }
        assertThat(Recurrence.parse("30 2 * * *")).isInstanceOf(Recurrence.Custom.class);
    }

    @Test
    void friendlyFormsRefuseWhatTheyCannotExpress() {
        assertThatThrownBy(() -> Recurrence.weekly(Set.of(), LocalTime.NOON)).isInstanceOf(RuleViolation.class)
                .hasMessage("Choose at least one day of the week.");
        assertThatThrownBy(() -> Recurrence.monthly(32, LocalTime.NOON)).isInstanceOf(RuleViolation.class)
                .hasMessage("Day of month must be between 1 and 31 (got 32).").extracting("field").isEqualTo("recurrence");
        assertThat(Recurrence.daily(LocalTime.of(2, 30, 45)).time()).isEqualTo(LocalTime.of(2, 30));
    }
}
