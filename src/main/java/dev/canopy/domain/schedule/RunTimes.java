package dev.canopy.domain.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/** Turns a recurrence's wall-clock runs into instants, across DST changes. */
final class RunTimes {

    /** How far ahead to look, so that an impossible recurrence (31 February) still ends. */
    static final int HORIZON_YEARS = 5;

    private RunTimes() {
    }

    static List<ZonedDateTime> next(Recurrence recurrence, Instant after, ZoneId zone, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        List<ZonedDateTime> runs = new ArrayList<>();
        // From the day before, in case a clock change around midnight puts that date's run after `after`.
        LocalDate date = after.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = date.plusYears(HORIZON_YEARS);
        for (; runs.size() < count && !date.isAfter(last); date = date.plusDays(1)) {
            if (!recurrence.runsOn(date)) {
                continue;
            }
            ZonedDateTime run = resolve(date.atTime(recurrence.time()), zone);
            // A gap that ends on the next date (rare zones) would make two runs on one date: that date's run is lost instead.
            if (run.toLocalDate().equals(date) && run.toInstant().isAfter(after)) {
                runs.add(run);
            }
        }
        return runs;
    }

    /** The instant a wall-clock time runs at in a zone. */
    static ZonedDateTime resolve(LocalDateTime wall, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        if (rules.getValidOffsets(wall).isEmpty()) {
            // Spring forward: the time does not exist that day, so run as soon as the clocks have jumped.
            return ZonedDateTime.ofInstant(rules.getTransition(wall).getInstant(), zone);
        }
        // Fall back: the time happens twice; run at the first only.
        return ZonedDateTime.ofLocal(wall, zone, null).withEarlierOffsetAtOverlap();
    }
}
