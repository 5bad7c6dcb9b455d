package dev.canopy.ui.schedules;

import dev.canopy.domain.RuleViolation;
import dev.canopy.domain.schedule.ScheduleRules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of a maintenance window as technicians type it: minutes ("90"), hours and minutes
 * ("1:30", "1h 30m", "2 h"), checked against the schedule rules (1 minute to 24 hours).
 */
final class WindowLength {

    private static final Pattern MINUTES = Pattern.compile("(\\d{1,5})\\s*(m|min|mins|minutes?)?");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,3}):(\\d{2})");
    private static final Pattern HOURS = Pattern.compile("(\\d{1,3})\\s*(h|hr|hrs|hours?)\\s*(?:(\\d{1,4})\\s*(m|min|mins|minutes?)?)?");

    private WindowLength() {
    }

    /** The window in minutes; a RuleViolation on "windowMinutes" when the text is not a length or out of range. */
    static int parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            throw new RuleViolation("windowMinutes", "Enter how long the maintenance window is, e.g. 120 or 2h.");
        }
        Matcher m = MINUTES.matcher(t);
        if (m.matches()) {
            return ScheduleRules.checkWindowMinutes(Integer.parseInt(m.group(1)));
        }
        m = CLOCK.matcher(t);
        if (m.matches() && Integer.parseInt(m.group(2)) < 60) {
            return ScheduleRules.checkWindowMinutes(Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)));
        }
        m = HOURS.matcher(t);
        if (m.matches()) {
            int minutes = Integer.parseInt(m.group(1)) * 60 + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
            return ScheduleRules.checkWindowMinutes(minutes);
        }
        throw new RuleViolation("windowMinutes", "\"" + text.strip() + "\" is not a length: enter minutes (90) or hours and minutes (1:30, 1h 30m).");
    }

    /** "45 min", "2 h", "1 h 30 min". */
    static String words(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + m + " min";
    }
}
