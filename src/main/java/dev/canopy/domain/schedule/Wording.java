package dev.canopy.domain.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/** The English phrases recurrences are described and written with. */
final class Wording {

    static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private Wording() {
    }

    static String time(LocalTime time) {
        return time.format(HH_MM);
    }

    static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String month(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "A", "A and B", "A, B and C". */
    static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Sorted values with runs of three or more collapsed: 1, 2, 3, 5 → "1" + dash + "3", "5". */
    static List<String> runs(Collection<Integer> sortedValues, String dash, IntFunction<String> name) {
        List<Integer> values = List.copyOf(sortedValues);
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < values.size()) {
            int j = i;
            while (j + 1 < values.size() && values.get(j + 1) == values.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(name.apply(values.get(i)) + dash + name.apply(values.get(j)));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(name.apply(values.get(k)));
                }
            }
            i = j + 1;
        }
        return parts;
    }
}
