package dev.canopy.domain.schedule;

import dev.canopy.domain.RuleViolation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a maintenance schedule runs: at most once a day, at one wall-clock time (DESIGN.md §1).
 * The friendly forms are what the editor shows; {@link Custom} is any other cron expression.
 */
public sealed interface Recurrence permits Recurrence.Daily, Recurrence.Weekly, Recurrence.Monthly, Recurrence.Custom {

    /** The wall-clock time of a run. */
    LocalTime time();

    /** Whether a run is due on this (wall-clock) date. */
    boolean runsOn(LocalDate date);

    /** The 5-field cron expression stored for this recurrence. */
    String toCron();

    /** Words for the technician, e.g. "Every Monday and Wednesday at 22:00". */
    String describe();

    /**
     * The next {@code count} run starts strictly after {@code after}, in {@code zone}'s wall-clock time; a run in a
     * spring-forward gap starts when the gap ends, one in a fall-back overlap starts once, at the earlier offset.
     * Only the next five years are searched, so an impossible date (31 February) gives fewer runs or none.
     */
    default List<ZonedDateTime> nextRuns(Instant after, ZoneId zone, int count) {
        return RunTimes.next(this, after, zone, count);
    }

    static Daily daily(LocalTime time) {
        return new Daily(time);
    }

    static Weekly weekly(Set<DayOfWeek> days, LocalTime time) {
        return new Weekly(days, time);
    }

    static Monthly monthly(int dayOfMonth, LocalTime time) {
        return new Monthly(dayOfMonth, time);
    }

    /** The cron expression exactly as typed (a {@link Custom}); violations are on field "recurrence". */
    static Custom parse(String text) {
        return new Custom(CronExpression.parse(text));
    }

    /** A stored cron expression in the friendly form it matches, if any, so the editor can show it that way. */
    static Recurrence fromCron(String text) {
        CronExpression cron = CronExpression.parse(text);
        if (!cron.everyMonth() || cron.dayOfMonthRestricted() && cron.dayOfWeekRestricted()) {
            return new Custom(cron);
        }
        if (cron.dayOfWeekRestricted()) {
            return new Weekly(cron.daysOfWeek(), cron.time());
        }
        if (cron.dayOfMonthRestricted()) {
            return cron.daysOfMonth().size() == 1 ? new Monthly(cron.daysOfMonth().first(), cron.time()) : new Custom(cron);
        }
        return new Daily(cron.time());
    }

    record Daily(LocalTime time) implements Recurrence {

        public Daily {
            time = minutes(time);
        }

        @Override
        public boolean runsOn(LocalDate date) {
            return true;
        }

        @Override
        public String toCron() {
            return time.getMinute() + " " + time.getHour() + " * * *";
        }

        @Override
        public String describe() {
            return "Every day at " + Wording.time(time);
        }
    }

    record Weekly(Set<DayOfWeek> days, LocalTime time) implements Recurrence {

        public Weekly {
            if (days == null || days.isEmpty()) {
                throw new RuleViolation("recurrence", "Choose at least one day of the week.");
            }
            days = Collections.unmodifiableSet(EnumSet.copyOf(days));
            time = minutes(time);
        }

        @Override
        public boolean runsOn(LocalDate date) {
            return days.contains(date.getDayOfWeek());
        }

        @Override
        public String toCron() {
            // Cron numbers the week from Sunday = 0.
            List<Integer> numbers = days.stream().map(day -> day.getValue() % 7).sorted().toList();
            return time.getMinute() + " " + time.getHour() + " * * " + String.join(",", Wording.runs(numbers, "-", String::valueOf));
        }

        @Override
        public String describe() {
            String which;
            if (days.size() == 7) {
                which = "day";
            } else if (days.equals(Wording.WEEKDAYS)) {
                which = "weekday";
            } else {
                which = Wording.join(days.stream().map(Wording::day).toList());
            }
            return "Every " + which + " at " + Wording.time(time);
        }
    }

    record Monthly(int dayOfMonth, LocalTime time) implements Recurrence {

        public Monthly {
            if (dayOfMonth < 1 || dayOfMonth > 31) {
                throw new RuleViolation("recurrence", "Day of month must be between 1 and 31 (got " + dayOfMonth + ").");
            }
            time = minutes(time);
        }

        @Override
        public boolean runsOn(LocalDate date) {
            return date.getDayOfMonth() == dayOfMonth;
        }

        @Override
        public String toCron() {
            return time.getMinute() + " " + time.getHour() + " " + dayOfMonth + " * *";
        }

        @Override
        public String describe() {
            String base = "Monthly on day " + dayOfMonth + " at " + Wording.time(time);
            return switch (dayOfMonth) {
                case 29 -> base + " (skipped in February except in leap years)";
                case 30 -> base + " (skipped in February)";
                case 31 -> base + " (skipped in shorter months)";
                default -> base;
            };
        }
    }

    record Custom(CronExpression cron) implements Recurrence {

        public Custom {
            Objects.requireNonNull(cron, "cron");
        }

        @Override
        public LocalTime time() {
            return cron.time();
        }

        @Override
        public boolean runsOn(LocalDate date) {
            return cron.matches(date);
        }

        @Override
        public String toCron() {
            return cron.text();
        }

        @Override
        public String describe() {
            return cron.describe();
        }
    }

    /** Runs are at whole minutes, as cron can express. */
    private static LocalTime minutes(LocalTime time) {
        return Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.MINUTES);
    }
}
