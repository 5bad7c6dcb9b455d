package dev.canopy.domain.preference;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A daily span of wall-clock time such as business hours, start inclusive and end exclusive.
 * It never crosses midnight: the start is always before the end.
 */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        // minutes are the finest unit a technician can enter; finer parts would not survive a round trip
        start = start.withSecond(0).withNano(0);
        end = end.withSecond(0).withNano(0);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("start " + start + " is not before end " + end);
        }
    }

    /** The range of a canonical value ("08:00-18:00") as produced by a TIME_RANGE setting. */
    public static TimeRange parse(String canonical) {
        String[] parts = canonical.split("-", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a time range: " + canonical);
        }
        return new TimeRange(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    /** "08:00-18:00", the form that is stored and synced. */
    public String canonical() {
        return hhmm(start) + "-" + hhmm(end);
    }

    /** "08:00–18:00", the form a technician reads. */
    public String display() {
        return hhmm(start) + "–" + hhmm(end);
    }

    private static String hhmm(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }
}
