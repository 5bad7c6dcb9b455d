package dev.canopy.domain.schedule;

import dev.canopy.domain.RuleViolation;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The five fields of a cron expression and their syntax, each refusing bad input with a message for the technician. */
enum CronField {

    MINUTE("Minute", 0, 59, List.of(), 0, ""),
    HOUR("Hour", 0, 23, List.of(), 0, ""),
    DAY_OF_MONTH("Day of month", 1, 31, List.of(), 0,
            "*, a day 1–31, a list (1,15), a range (1-5) or a step (*/2)"),
    MONTH("Month", 1, 12, List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), 1,
            "*, a month 1–12 or JAN–DEC, a list (1,7), a range (JAN-MAR) or a step (*/3)"),
    // 0 and 7 are both Sunday, as in every common cron.
    DAY_OF_WEEK("Day of week", 0, 7, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"), 0,
            "*, a day 0–7 or SUN–SAT (0 and 7 are Sunday), a list (1,3), a range (MON-FRI) or a step (*/2)");

    private final String label;
    private final int min;
    private final int max;
    private final List<String> names;
    private final int firstNameValue;
    private final String allowed;

    CronField(String label, int min, int max, List<String> names, int firstNameValue, String allowed) {
        this.label = label;
        this.min = min;
        this.max = max;
        this.names = names;
        this.firstNameValue = firstNameValue;
        this.allowed = allowed;
    }

    /** A single number, as minute and hour must be: a schedule runs at most once a day. */
    int single(String text) {
        int value = number(text);
        if (value >= min && value <= max) {
            return value;
        }
        if (text.matches(".*[*,/-].*")) {
            throw violation(label + " must be a single value " + min + "–" + max + " (got \"" + text + "\"): a schedule runs at most once a day.");
        }
        throw violation(label + " must be a number " + min + "–" + max + " (got \"" + text + "\").");
    }

    /** The values a list of numbers, names, ranges and steps selects, e.g. "1-10/3,15" → 1, 4, 7, 10, 15. */
    Set<Integer> values(String text) {
        Set<Integer> values = new TreeSet<>();
        for (String part : text.split(",", -1)) {
            addPart(part, values);
        }
        return values;
    }

    private void addPart(String part, Set<Integer> values) {
        String[] baseAndStep = part.split("/", -1);
        if (baseAndStep.length > 2) {
            throw bad(part);
        }
        String base = baseAndStep[0];
        boolean stepped = baseAndStep.length == 2;
        int step = stepped ? number(baseAndStep[1]) : 1;
        if (step < 0) {
            throw bad(part);
        }
        if (step == 0) {
            throw violation(label + " step must be at least 1 (got \"" + part + "\").");
        }
        int from;
        int to;
        if (base.equals("*")) {
            from = min;
            to = max;
        } else if (base.contains("-")) {
            String[] ends = base.split("-", -1);
            if (ends.length != 2) {
                throw bad(part);
            }
            from = value(ends[0], part);
            to = value(ends[1], part);
            if (from > to) {
                throw violation(label + " range \"" + part + "\" runs backwards; write the smaller value first.");
            }
        } else {
            from = value(base, part);
            // "5/15" means from 5 to the end in steps of 15, as in most crons.
            to = stepped ? max : from;
        }
        for (int v = from; v <= to; v += step) {
            values.add(v);
        }
    }

    private int value(String token, String part) {
        int index = names.indexOf(token.toUpperCase(Locale.ROOT));
        int value = index >= 0 ? index + firstNameValue : number(token);
        if (value < min || value > max) {
            throw bad(part);
        }
        return value;
    }

    private RuleViolation bad(String part) {
        return violation(label + " must be " + allowed + " (got \"" + part + "\").");
    }

    /** The value of 1 to 4 digits, else -1 (no field has a negative value). */
    private static int number(String text) {
        return text.matches("\\d{1,4}") ? Integer.parseInt(text) : -1;
    }

    static RuleViolation violation(String message) {
        return new RuleViolation("recurrence", message);
    }
}
