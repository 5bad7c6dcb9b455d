package dev.canopy.domain.schedule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

class RecurrenceDescribeTest {

    @Test
    void friendlyForms() {
        assertThat(Recurrence.daily(LocalTime.of(2, 30)).describe()).isEqualTo("Every day at 02:30");
        assertThat(Recurrence.weekly(Set.of(WEDNESDAY, MONDAY), LocalTime.of(22, 0)).describe()).isEqualTo("Every Monday and Wednesday at 22:00");
        assertThat(Recurrence.weekly(Set.of(DayOfWeek.SUNDAY, MONDAY, DayOfWeek.FRIDAY), LocalTime.of(22, 0)).describe())
                .isEqualTo("Every Monday, Friday and Sunday at 22:00");
        assertThat(Recurrence.weekly(EnumSet.range(MONDAY, DayOfWeek.FRIDAY), LocalTime.of(6, 5)).describe()).isEqualTo("Every weekday at 06:05");
        assertThat(Recurrence.weekly(EnumSet.allOf(DayOfWeek.class), LocalTime.of(6, 5)).describe()).isEqualTo("Every day at 06:05");
    }

    @Test
    void monthlyNamesTheMonthsThatAreSkipped() {
        assertThat(Recurrence.monthly(15, LocalTime.of(1, 0)).describe()).isEqualTo("Monthly on day 15 at 01:00");
        assertThat(Recurrence.monthly(29, LocalTime.of(1, 0)).describe()).isEqualTo("Monthly on day 29 at 01:00 (skipped in February except in leap years)");
        assertThat(Recurrence.monthly(30, LocalTime.of(1, 0)).describe()).isEqualTo("Monthly on day 30 at 01:00 (skipped in February)");
        assertThat(Recurrence.monthly(31, LocalTime.of(1, 0)).describe()).isEqualTo("Monthly on day 31 at 01:00 (skipped in shorter months)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "15 4 * 1,7 1-5        | At 04:15 on weekdays in January and July",
            "30 2 * * *            | At 02:30 every day",
            "0 23 * * SAT,SUN      | At 23:00 on weekends",
            "0 23 * * 1,3          | At 23:00 on Mondays and Wednesdays",
            "0 23 * * 0-6          | At 23:00 every day",
            "0 1 1,15 * *          | At 01:00 on days 1 and 15 of the month",
            "0 1 1-5,20 * *        | At 01:00 on days 1–5 and 20 of the month",
            "0 1 1 * MON           | At 01:00 on day 1 of the month and on Mondays",
            "0 1 1 * 0-7           | At 01:00 every day",
            "0 1 * 3-6,12 *        | At 01:00 every day in March to June and December",
            "0 1 31 2 *            | At 01:00 on day 31 of the month in February",
    })
    void customCronsInWords(String cron, String words) {
        assertThat(Recurrence.parse(cron).describe()).isEqualTo(words);
    }
}
