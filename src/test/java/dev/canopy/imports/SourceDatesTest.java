package dev.canopy.imports;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static dev.canopy.imports.SourceDates.Order.AMBIGUOUS;
import static dev.canopy.imports.SourceDates.Order.DAY_FIRST;
import static dev.canopy.imports.SourceDates.Order.MONTH_FIRST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Last-seen dates as RMM exports write them, in ISO, US and European styles. */
class SourceDatesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant parse(String value, SourceDates.Order order) {
        return SourceDates.parse(value, order, BERLIN).orElseThrow();
    }

    @Test
    void isoWithAndWithoutAnOffset() {
        assertThat(parse("2026-11-30T08:15:00Z", AMBIGUOUS)).isEqualTo(Instant.parse("2026-11-30T08:15:00Z"));
        assertThat(parse("2026-11-30T08:15:00+01:00", AMBIGUOUS)).isEqualTo(Instant.parse("2026-11-30T07:15:00Z"));
        assertThat(parse("2026-11-30 08:15", AMBIGUOUS)).as("in the zone given").isEqualTo(Instant.parse("2026-11-30T07:15:00Z"));
        assertThat(parse("2026-11-30", AMBIGUOUS)).isEqualTo(Instant.parse("2026-11-29T23:00:00Z"));
        assertThat(SourceDates.parse("  ", AMBIGUOUS, BERLIN)).isEmpty();
    }

    @Test
    void secondsSince1970AsApisGiveThem() {
        assertThat(parse("1764490500", AMBIGUOUS)).isEqualTo(Instant.parse("2025-11-30T08:15:00Z"));
        assertThat(parse("1764490500.25", AMBIGUOUS)).isEqualTo(Instant.parse("2025-11-30T08:15:00.250Z"));
        assertThat(parse("1764490500250", AMBIGUOUS)).as("milliseconds").isEqualTo(Instant.parse("2025-11-30T08:15:00.250Z"));
    }

    @Test
    void usAndEuropeanStylesByTheColumnsOrder() {
        assertThat(parse("11/30/2026 8:15 AM", MONTH_FIRST)).isEqualTo(Instant.parse("2026-11-30T07:15:00Z"));
        assertThat(parse("11/30/2026 8:15 PM", MONTH_FIRST)).isEqualTo(Instant.parse("2026-11-30T19:15:00Z"));
        assertThat(parse("12/1/2026 12:05 AM", MONTH_FIRST)).isEqualTo(Instant.parse("2026-11-30T23:05:00Z"));
        assertThat(parse("30.11.2026 08:15", AMBIGUOUS)).as("dots are always day first").isEqualTo(Instant.parse("2026-11-30T07:15:00Z"));
        assertThat(parse("01/12/2026", DAY_FIRST)).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(parse("01/12/2026", MONTH_FIRST)).isEqualTo(Instant.parse("2026-01-11T23:00:00Z"));
    }

    @Test
    void aColumnsOrderIsToldFromItsValuesOrLeftAmbiguous() {
        assertThat(SourceDates.orderOf(List.of("01/12/2026", "30/11/2026"))).isEqualTo(DAY_FIRST);
        assertThat(SourceDates.orderOf(List.of("01/12/2026", "11/30/2026 8:15 AM"))).isEqualTo(MONTH_FIRST);
        assertThat(SourceDates.orderOf(List.of("01/12/2026", "02/11/2026"))).isEqualTo(AMBIGUOUS);
        assertThat(SourceDates.orderOf(List.of("30/11/2026", "11/30/2026"))).as("both: the column is mixed").isEqualTo(AMBIGUOUS);
        assertThat(SourceDates.orderOf(List.of("2026-11-30", ""))).as("no numeric dates to tell").isEqualTo(MONTH_FIRST);
        assertThat(SourceDates.orderOf(List.of("30.11.2026"))).isEqualTo(DAY_FIRST);
    }

    @Test
    void valuesThatAreNoDateOrCouldBeTwoAreRefusedByValue() {
        assertThatThrownBy(() -> parse("yesterday", MONTH_FIRST)).hasMessageStartingWith("\"yesterday\" is not a date");
        assertThatThrownBy(() -> parse("02/11/2026", AMBIGUOUS)).hasMessageStartingWith("\"02/11/2026\" could be 2 Nov or 11 Feb");
        assertThatThrownBy(() -> parse("02/30/2026", MONTH_FIRST)).hasMessageStartingWith("\"02/30/2026\" is not a real date");
        assertThat(parse("05/05/2026", AMBIGUOUS)).as("the same either way").isEqualTo(Instant.parse("2026-05-04T22:00:00Z"));
    }
}
