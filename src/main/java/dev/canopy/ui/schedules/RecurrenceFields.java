package dev.canopy.ui.schedules;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.schedule.Recurrence;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recurrence as the form edits it: a friendly form (daily, weekly on chosen days, monthly on one day) at a
 * time of day, or a custom cron expression. Switching form carries what was entered over.
 */
final class RecurrenceFields {

    private static final String DEFAULT_TIME = "02:00";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.]?(\\d{2})");

    private final ObjectProperty<RecurrenceMode> mode = new SimpleObjectProperty<>(RecurrenceMode.DAILY);
    private final Map<DayOfWeek, BooleanProperty> days = new EnumMap<>(DayOfWeek.class);
    private final ObjectProperty<Integer> dayOfMonth = new SimpleObjectProperty<>(1);
    private final StringProperty time = new SimpleStringProperty(DEFAULT_TIME);
    private final StringProperty cron = new SimpleStringProperty("");
    private final Runnable onChange;
    // set while the fields are filled or carried over, so the form re-checks once, afterwards
    private boolean quiet;

    /** {@code onChange} runs after each edit the technician makes. */
    RecurrenceFields(Runnable onChange) {
        this.onChange = onChange;
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, new SimpleBooleanProperty(false));
        }
        List<Observable> inputs = new ArrayList<>(List.of(dayOfMonth, time, cron));
        inputs.addAll(days.values());
        inputs.forEach(input -> input.addListener(o -> changed()));
        mode.addListener((o, old, now) -> modeChanged(old, now));
    }

    /** Shows a stored cron in its friendly form; one without a friendly form (or an unreadable one) stays custom. */
    void fill(String cronText) {
        Recurrence recurrence = quietly(() -> Recurrence.fromCron(cronText));
        quiet = true;
        try {
            days.values().forEach(d -> d.set(false));
            if (recurrence instanceof Recurrence.Weekly weekly) {
                weekly.days().forEach(d -> days.get(d).set(true));
            }
            dayOfMonth.set(recurrence instanceof Recurrence.Monthly monthly ? monthly.dayOfMonth() : 1);
            time.set(recurrence == null ? DEFAULT_TIME : recurrence.time().format(HH_MM));
            mode.set(recurrence instanceof Recurrence.Daily ? RecurrenceMode.DAILY
                    : recurrence instanceof Recurrence.Weekly ? RecurrenceMode.WEEKLY
                    : recurrence instanceof Recurrence.Monthly ? RecurrenceMode.MONTHLY
                    : RecurrenceMode.CUSTOM);
            cron.set(cronText);
        } finally {
            quiet = false;
        }
    }

    /** The recurrence entered; a RuleViolation on "recurrence" when it is not one. */
    Recurrence recurrence() {
        RecurrenceMode m = mode.get();
        if (m == null || m == RecurrenceMode.CUSTOM) {
            // Parsed as typed (so errors name what was typed), then in its friendly form's words when it has one.
            Recurrence.parse(cron.get());
            return Recurrence.fromCron(cron.get());
        }
        return friendly(m);
    }

    /** To custom the recurrence becomes its cron; from custom, the matching friendly fields are filled in. */
    private void modeChanged(RecurrenceMode old, RecurrenceMode now) {
        if (quiet) {
            return;
        }
        quiet = true;
        try {
            if (now == RecurrenceMode.CUSTOM && old != RecurrenceMode.CUSTOM) {
                Recurrence friendly = quietly(() -> friendly(old));
                if (friendly != null) {
                    cron.set(friendly.toCron());
                }
            } else if (old == RecurrenceMode.CUSTOM && now != null && now != RecurrenceMode.CUSTOM) {
                Recurrence parsed = quietly(() -> Recurrence.fromCron(cron.get()));
                if (parsed != null) {
                    time.set(parsed.time().format(HH_MM));
                    if (parsed instanceof Recurrence.Weekly weekly && now == RecurrenceMode.WEEKLY) {
                        days.forEach((d, p) -> p.set(weekly.days().contains(d)));
                    }
                    if (parsed instanceof Recurrence.Monthly monthly && now == RecurrenceMode.MONTHLY) {
                        dayOfMonth.set(monthly.dayOfMonth());
                    }
                }
            }
        } finally {
            quiet = false;
        }
        onChange.run();
    }

    private void changed() {
        if (!quiet) {
            onChange.run();
        }
    }

    private Recurrence friendly(RecurrenceMode m) {
        LocalTime at = parseTime(time.get());
        return switch (m) {
            case DAILY -> Recurrence.daily(at);
            case WEEKLY -> Recurrence.weekly(chosenDays(), at);
            case MONTHLY -> Recurrence.monthly(dayOfMonth.get() == null ? 0 : dayOfMonth.get(), at);
            case CUSTOM -> Recurrence.parse(cron.get());
        };
    }

    /** "22:30", "2230", "7.15" on a 24-hour clock; a RuleViolation on "recurrence" otherwise. */
    static LocalTime parseTime(String text) {
        Matcher m = TIME.matcher(text == null ? "" : text.strip());
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = Integer.parseInt(m.group(2));
            if (hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        throw new RuleViolation("recurrence", "Enter the time as HH:MM on a 24-hour clock, e.g. 22:30.");
    }

    private Set<DayOfWeek> chosenDays() {
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        days.forEach((d, p) -> {
            if (p.get()) {
                set.add(d);
            }
        });
        return set;
    }

    private static <T> T quietly(Supplier<T> build) {
        try {
            return build.get();
        } catch (RuleViolation e) {
            return null;
        }
    }

    /** The fields as entered, to tell whether anything changed. */
    record Snapshot(RecurrenceMode mode, Set<DayOfWeek> days, Integer dayOfMonth, String time, String cron) {
    }

    Snapshot snapshot() {
        return new Snapshot(mode.get(), chosenDays(), dayOfMonth.get(), time.get(), cron.get());
    }

    ObjectProperty<RecurrenceMode> modeProperty() {
        return mode;
    }

    BooleanProperty dayProperty(DayOfWeek day) {
        return days.get(day);
    }

    ObjectProperty<Integer> dayOfMonthProperty() {
        return dayOfMonth;
    }

    StringProperty timeProperty() {
        return time;
    }

    StringProperty cronProperty() {
        return cron;
    }
}
