package dev.canopy.domain.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A parsed 5-field cron expression "m h dom mon dow" whose minute and hour are single values.
 * A day field counts as restricted unless it is exactly "*"; when both are restricted a day
 * matching either runs (standard cron).
 */
public record CronExpression(String text,
                             LocalTime time,
                             SortedSet<Integer> daysOfMonth,
                             SortedSet<Integer> months,
                             Set<DayOfWeek> daysOfWeek,
                             boolean dayOfMonthRestricted,
                             boolean dayOfWeekRestricted) {

    public CronExpression {
        daysOfMonth = Collections.unmodifiableSortedSet(new TreeSet<>(daysOfMonth));
        months = Collections.unmodifiableSortedSet(new TreeSet<>(months));
        daysOfWeek = daysOfWeek.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(daysOfWeek));
    }

    /** Parses "m h dom mon dow"; names are case-insensitive and written upper-case in {@link #text()}. */
    public static CronExpression parse(String raw) {
        String trimmed = raw == null ? "" : raw.strip();
        if (trimmed.isEmpty()) {
            throw CronField.violation("Enter a recurrence such as \"30 2 * * *\" (minute hour day-of-month month day-of-week).");
        }
        String[] fields = trimmed.split("\\s+");
        if (fields.length != 5) {
            throw CronField.violation("A cron expression has 5 fields, minute hour day-of-month month day-of-week (got "
                    + fields.length + " in \"" + trimmed + "\").");
        }
        int minute = CronField.MINUTE.single(fields[0]);
        int hour = CronField.HOUR.single(fields[1]);
        Set<Integer> daysOfMonth = CronField.DAY_OF_MONTH.values(fields[2]);
        Set<Integer> months = CronField.MONTH.values(fields[3]);
        Set<DayOfWeek> daysOfWeek = EnumSet.noneOf(DayOfWeek.class);
        for (int day : CronField.DAY_OF_WEEK.values(fields[4])) {
            daysOfWeek.add(day % 7 == 0 ? DayOfWeek.SUNDAY : DayOfWeek.of(day));
        }
        return new CronExpression(String.join(" ", fields).toUpperCase(Locale.ROOT), LocalTime.of(hour, minute), new TreeSet<>(daysOfMonth),
                new TreeSet<>(months), daysOfWeek, !fields[2].equals("*"), !fields[4].equals("*"));
    }

    public boolean matches(LocalDate date) {
        if (!months.contains(date.getMonthValue())) {
            return false;
        }
        boolean dayOfMonth = daysOfMonth.contains(date.getDayOfMonth());
        boolean dayOfWeek = daysOfWeek.contains(date.getDayOfWeek());
        if (dayOfMonthRestricted && dayOfWeekRestricted) {
            return dayOfMonth || dayOfWeek;
        }
        return dayOfMonth && dayOfWeek;
    }

    boolean everyMonth() {
        return months.size() == 12;
    }

    /** Best-effort words, e.g. "At 04:15 on weekdays in January and July". */
    public String describe() {
        boolean allDaysOfMonth = daysOfMonth.size() == 31;
        boolean allDaysOfWeek = daysOfWeek.size() == 7;
        boolean either = dayOfMonthRestricted && dayOfWeekRestricted;
        boolean everyDay = either ? allDaysOfMonth || allDaysOfWeek : allDaysOfMonth && allDaysOfWeek;
        List<String> dayPhrases = new ArrayList<>();
        if (!everyDay && dayOfMonthRestricted && !allDaysOfMonth) {
            List<String> days = Wording.runs(daysOfMonth, "–", String::valueOf);
            dayPhrases.add((daysOfMonth.size() == 1 ? "day " : "days ") + Wording.join(days) + " of the month");
        }
        if (!everyDay && dayOfWeekRestricted && !allDaysOfWeek) {
            dayPhrases.add(weekdayPhrase());
        }
        String when = dayPhrases.isEmpty() ? " every day" : " on " + String.join(" and on ", dayPhrases);
        String in = everyMonth() ? "" : " in " + Wording.join(Wording.runs(months, " to ", Wording::month));
        return "At " + Wording.time(time) + when + in;
    }

    private String weekdayPhrase() {
        if (daysOfWeek.equals(Wording.WEEKDAYS)) {
            return "weekdays";
        }
        if (daysOfWeek.equals(Wording.WEEKEND)) {
            return "weekends";
        }
        return Wording.join(daysOfWeek.stream().map(day -> Wording.day(day) + "s").toList());
    }
}
