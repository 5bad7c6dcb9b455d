package dev.canopy.domain.schedule;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NextRunsPropertiesTest {

    private static final int RUNS = 400;

    @Property(tries = 300)
    void dailyRunsIncreaseAndNeverShareADate(@ForAll @IntRange(max = 23) int hour, @ForAll @IntRange(max = 59) int minute,
                                            @ForAll("zones") ZoneId zone, @ForAll("instants") Instant after) {
        LocalTime time = LocalTime.of(hour, minute);
        List<ZonedDateTime> runs = Recurrence.daily(time).nextRuns(after, zone, RUNS);

        assertThat(runs).hasSize(RUNS);
        assertThat(runs.get(0).toInstant()).isAfter(after);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i).toInstant()).isAfter(runs.get(i - 1).toInstant());
            assertThat(runs.get(i).toLocalDate()).isAfter(runs.get(i - 1).toLocalDate());
        }
        for (ZonedDateTime run : runs) {
            // At the chosen time, or, where that time does not exist, when the clocks have jumped past it.
            boolean inGap = zone.getRules().getValidOffsets(run.toLocalDate().atTime(time)).isEmpty();
            if (inGap) {
                assertThat(zone.getRules().getTransition(run.toLocalDate().atTime(time)).getInstant()).isEqualTo(run.toInstant());
            } else {
                assertThat(run.toLocalTime()).isEqualTo(time);
            }
        }
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("UTC", "America/New_York", "Europe/Berlin", "Australia/Sydney", "Australia/Lord_Howe",
                "America/Santiago", "Asia/Kolkata").map(ZoneId::of);
    }

    @Provide
    Arbitrary<Instant> instants() {
        long from = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2028-12-31T00:00:00Z").getEpochSecond();
        return Arbitraries.longs().between(from, to).map(Instant::ofEpochSecond);
    }
}
