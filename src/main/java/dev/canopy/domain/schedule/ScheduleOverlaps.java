package dev.canopy.domain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Finds enabled schedules whose maintenance windows intersect, so the technician can spread them out. */
public final class ScheduleOverlaps {

    private ScheduleOverlaps() {
    }

    /**
     * Each pair of enabled schedules whose windows [run, run + windowMinutes) intersect between {@code from} and
     * {@code days} days later, once, earliest overlap first.
     */
    public static List<Overlap> find(List<MaintenanceSchedule> schedules, Function<MaintenanceSchedule, ZoneId> zoneOf,
                                     Instant from, int days) {
        Instant until = from.plus(Duration.ofDays(days));
        List<MaintenanceSchedule> active = schedules.stream().filter(s -> s.enabled() && !s.deleted()).toList();
        List<List<Window>> windows = active.stream().map(s -> windows(s, zoneOf.apply(s), from, until, days)).toList();
        List<Overlap> overlaps = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            for (int j = i + 1; j < active.size(); j++) {
                Instant start = firstOverlap(windows.get(i), windows.get(j));
                if (start != null) {
                    // Windows opened before `from` overlap from `from` on, as far as this horizon is concerned.
                    Instant shown = start.isBefore(from) ? from : start;
                    MaintenanceSchedule a = active.get(i);
                    overlaps.add(new Overlap(a, active.get(j), shown.atZone(zoneOf.apply(a))));
                }
            }
        }
        overlaps.sort(Comparator.comparing(o -> o.firstOverlapStart().toInstant()));
        return overlaps;
    }

    private record Window(Instant start, Instant end) {
    }

    /** The windows that reach into [from, until): a window opened shortly before {@code from} still counts. */
    private static List<Window> windows(MaintenanceSchedule s, ZoneId zone, Instant from, Instant until, int days) {
        Duration length = Duration.ofMinutes(s.windowMinutes());
        // At most one run a day, plus the one still open at `from`.
        List<ZonedDateTime> runs = s.recurrence().nextRuns(from.minus(length), zone, Math.max(days, 0) + 2);
        return runs.stream()
                .map(ZonedDateTime::toInstant)
                .filter(run -> run.isBefore(until))
                .map(run -> new Window(run, run.plus(length)))
                .toList();
    }

    /** The start of the earliest intersection of two sorted lists of windows, or null. */
    private static Instant firstOverlap(List<Window> a, List<Window> b) {
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            Window x = a.get(i);
            Window y = b.get(j);
            if (x.start().isBefore(y.end()) && y.start().isBefore(x.end())) {
                return x.start().isAfter(y.start()) ? x.start() : y.start();
            }
            // The window that ends first cannot meet any later window of the other list.
            if (x.end().isAfter(y.end())) {
                j++;
            } else {
                i++;
            }
        }
        return null;
    }
}
