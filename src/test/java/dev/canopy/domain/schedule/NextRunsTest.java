package dev.canopy.domain.schedule;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NextRunsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");

    private static List<ZonedDateTime> runs(Recurrence recurrence, String after, ZoneId zone, int count) {
        return recurrence.nextRuns(Instant.parse(after), zone, count);
    }

    private static List<ZonedDateTime> at(String... zoned) {
        return List.of(zoned).stream().map(ZonedDateTime::parse).toList();
    }

    @Test
    void dailyRunsStartStrictlyAfterTheGivenInstant() {
        Recurrence daily = Recurrence.daily(LocalTime.of(2, 30));
        assertThat(runs(daily, "2026-01-01T00:00:00Z", ZoneOffset.UTC, 3))
                .containsExactlyElementsOf(at("2026-01-01T02:30Z", "2026-01-02T02:30Z", "2026-01-03T02:30Z"));
        assertThat(runs(daily, "2026-01-01T02:30:00Z", ZoneOffset.UTC, 1)).containsExactlyElementsOf(at("2026-01-02T02:30Z"));
        assertThat(runs(daily, "2026-01-01T00:00:00Z", ZoneOffset.UTC, 0)).isEmpty();
        assertThatThrownBy(() -> runs(daily, "2026-01-01T00:00:00Z", ZoneOffset.UTC, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runsAreInTheZonesWallClockTime() {
        // 20:00 UTC on 31 December is 01:30 on 1 January in India.
        assertThat(runs(Recurrence.daily(LocalTime.of(2, 30)), "2025-12-31T20:00:00Z", ZoneId.of("Asia/Kolkata"), 1))
                .containsExactlyElementsOf(at("2026-01-01T02:30+05:30[Asia/Kolkata]"));
        // 21:00 UTC on 1 January is already 2 January in Sydney, after that day's 02:30.
        assertThat(runs(Recurrence.daily(LocalTime.of(2, 30)), "2026-01-01T21:00:00Z", SYDNEY, 1))
                .containsExactlyElementsOf(at("2026-01-03T02:30+11:00[Australia/Sydney]"));
    }

    @Test
    void weeklyRunsOnTheChosenDays() {
        Recurrence weekly = Recurrence.weekly(Set.of(MONDAY, WEDNESDAY), LocalTime.of(22, 0));
        assertThat(runs(weekly, "2026-03-02T00:00:00Z", BERLIN, 3)).containsExactlyElementsOf(at(
                "2026-03-02T22:00+01:00[Europe/Berlin]", "2026-03-04T22:00+01:00[Europe/Berlin]", "2026-03-09T22:00+01:00[Europe/Berlin]"));
    }

    @Test
    void monthlyOnDay31SkipsShorterMonths() {
        assertThat(runs(Recurrence.monthly(31, LocalTime.of(1, 0)), "2026-01-01T00:00:00Z", ZoneOffset.UTC, 7))
                .extracting(run -> run.toLocalDate().toString())
                .containsExactly("2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31", "2026-08-31", "2026-10-31", "2026-12-31");
    }

    @Test
    void monthlyOnDay29RunsInFebruaryOnlyInLeapYears() {
        assertThat(runs(Recurrence.monthly(29, LocalTime.of(1, 0)), "2027-01-30T00:00:00Z", ZoneOffset.UTC, 2))
                .extracting(run -> run.toLocalDate().toString()).containsExactly("2027-03-29", "2027-04-29");
        assertThat(runs(Recurrence.monthly(29, LocalTime.of(1, 0)), "2028-01-30T00:00:00Z", ZoneOffset.UTC, 2))
                .extracting(run -> run.toLocalDate().toString()).containsExactly("2028-02-29", "2028-03-29");
    }

    @Test
    void rareAndImpossibleDatesEndWithinFiveYears() {
        // 29 February: 2028 is found, 2032 is beyond the five years searched.
        assertThat(runs(Recurrence.parse("0 1 29 2 *"), "2026-01-01T00:00:00Z", ZoneOffset.UTC, 3))
                .containsExactlyElementsOf(at("2028-02-29T01:00Z"));
        assertThat(runs(Recurrence.parse("0 1 31 2 *"), "2026-01-01T00:00:00Z", ZoneOffset.UTC, 3)).isEmpty();
        assertThat(runs(Recurrence.parse("0 1 30,31 FEB *"), "2026-01-01T00:00:00Z", NEW_YORK, 1)).isEmpty();
    }

    @Test
    void newYorkSpringForwardRunsWhenTheGapEnds() {
        assertThat(runs(Recurrence.daily(LocalTime.of(2, 30)), "2026-03-07T12:00:00Z", NEW_YORK, 2)).containsExactlyElementsOf(at(
                "2026-03-08T03:00-04:00[America/New_York]", "2026-03-09T02:30-04:00[America/New_York]"));
        assertThat(runs(Recurrence.parse("30 2 * * SUN"), "2026-03-07T12:00:00Z", NEW_YORK, 1))
                .containsExactlyElementsOf(at("2026-03-08T03:00-04:00[America/New_York]"));
    }

    @Test
    void newYorkFallBackRunsOnceAtTheEarlierOffset() {
        List<ZonedDateTime> runs = runs(Recurrence.daily(LocalTime.of(1, 30)), "2026-10-31T12:00:00Z", NEW_YORK, 2);
        assertThat(runs).containsExactlyElementsOf(at("2026-11-01T01:30-04:00[America/New_York]", "2026-11-02T01:30-05:00[America/New_York]"));
        // Not again when 01:30 comes round the second time that night.
        assertThat(Recurrence.daily(LocalTime.of(1, 30)).nextRuns(runs.get(0).toInstant(), NEW_YORK, 1))
                .containsExactlyElementsOf(at("2026-11-02T01:30-05:00[America/New_York]"));
    }

    @Test
    void berlinSpringForwardAndFallBack() {
        Recurrence daily = Recurrence.daily(LocalTime.of(2, 30));
        assertThat(runs(daily, "2026-03-28T12:00:00Z", BERLIN, 2)).containsExactlyElementsOf(at(
                "2026-03-29T03:00+02:00[Europe/Berlin]", "2026-03-30T02:30+02:00[Europe/Berlin]"));
        assertThat(runs(daily, "2026-10-24T12:00:00Z", BERLIN, 2)).containsExactlyElementsOf(at(
                "2026-10-25T02:30+02:00[Europe/Berlin]", "2026-10-26T02:30+01:00[Europe/Berlin]"));
    }

    @Test
    void sydneyFallBackInAprilAndSpringForwardInOctober() {
        Recurrence daily = Recurrence.daily(LocalTime.of(2, 30));
        assertThat(runs(daily, "2026-04-04T00:00:00Z", SYDNEY, 2)).containsExactlyElementsOf(at(
                "2026-04-05T02:30+11:00[Australia/Sydney]", "2026-04-06T02:30+10:00[Australia/Sydney]"));
        assertThat(runs(daily, "2026-10-03T00:00:00Z", SYDNEY, 2)).containsExactlyElementsOf(at(
                "2026-10-04T03:00+11:00[Australia/Sydney]", "2026-10-05T02:30+11:00[Australia/Sydney]"));
    }
}
