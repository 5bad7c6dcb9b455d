package dev.canopy.domain.preference;

import dev.canopy.domain.RuleViolation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The type of a setting: how what a technician typed becomes the canonical string that is stored
 * and synced, and how a stored value is shown. Values travel as strings so that one table and one
 * sync message carry every setting; the type is the one place that knows their shape.
 */
public sealed interface SettingType permits SettingType.BooleanType, SettingType.IntegerType, SettingType.ChoiceType,
        SettingType.TimeRangeType, SettingType.ComputerListType, SettingType.EmailListType, SettingType.TextType,
        SettingType.RegexType {

    /** For code that picks an editor control by type. */
    enum Kind { BOOLEAN, INTEGER, CHOICE, TIME_RANGE, COMPUTER_LIST, EMAIL_LIST, TEXT, REGEX }

    Kind kind();

    /**
     * The canonical form of raw input (null counts as empty), or a {@link RuleViolation} on field
     * {@code key} whose message names the bad value.
     *
     * @param label the setting's label, used in messages ("Prompt timeout must be …")
     */
    String canonical(String key, String label, String raw);

    /** A canonical value as the technician reads it ("Yes", "If required", "None"). */
    String display(String canonical);

    static SettingType bool() {
        return new BooleanType();
    }

    static SettingType integer(int min, int max) {
        return new IntegerType(min, max, "");
    }

    /** @param unit plural unit shown after the number ("minutes"), or "" */
    static SettingType integer(int min, int max, String unit) {
        return new IntegerType(min, max, unit);
    }

    static SettingType choice(String... options) {
        return new ChoiceType(List.of(options));
    }

    static SettingType timeRange() {
        return new TimeRangeType();
    }

    static SettingType computerList() {
        return new ComputerListType();
    }

    static SettingType emailList() {
        return new EmailListType();
    }

    static SettingType text(int maxLength) {
        return new TextType(maxLength);
    }

    static SettingType regex() {
        return new RegexType();
    }

    /** The items of a canonical list value ("a,b" → [a, b]; "" → []). */
    static List<String> items(String canonical) {
        return canonical.isEmpty() ? List.of() : List.of(canonical.split(","));
    }

    /** "true" or "false"; also accepts yes/no, as imports from other tools write them. */
    record BooleanType() implements SettingType {

        @Override
        public Kind kind() {
            return Kind.BOOLEAN;
        }

        @Override
        public String canonical(String key, String label, String raw) {
            String text = raw == null ? "" : raw.strip();
            switch (text.toLowerCase(Locale.ROOT)) {
                case "true", "yes":
                    return "true";
                case "false", "no":
                    return "false";
                default:
                    throw new RuleViolation(key, label + " must be true or false " + Messages.got(text) + ".");
            }
        }

        @Override
        public String display(String canonical) {
            return "true".equals(canonical) ? "Yes" : "No";
        }
    }

    /** A whole number in [min, max], stored without sign or leading zeros ("+060" → "60"). */
    record IntegerType(int min, int max, String unit) implements SettingType {

        private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,18}");

        public IntegerType {
            if (min > max) {
                throw new IllegalArgumentException("min " + min + " > max " + max);
            }
            unit = unit == null ? "" : unit;
        }

        @Override
        public Kind kind() {
            return Kind.INTEGER;
        }

        @Override
        public String canonical(String key, String label, String raw) {
            String text = raw == null ? "" : raw.strip();
            // a long so that "99999999999" is reported as out of range, not as "not a number"
            if (NUMBER.matcher(text).matches()) {
                long value = Long.parseLong(text);
                if (value >= min && value <= max) {
                    return Long.toString(value);
                }
            }
            throw new RuleViolation(key, label + " must be a whole number from " + min + " to " + max + " " + Messages.got(text) + ".");
        }

        @Override
        public String display(String canonical) {
            if (unit.isEmpty()) {
                return canonical;
            }
            boolean one = canonical.equals("1") || canonical.equals("-1");
            String shownUnit = one && unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
            return canonical + " " + shownUnit;
        }
    }

    /**
     * One of fixed upper-case options (IF_REQUIRED). Input is matched ignoring case, and the label a
     * technician sees is accepted too ("if required").
     */
    record ChoiceType(List<String> options) implements SettingType {

        private static final Pattern OPTION = Pattern.compile("[A-Z][A-Z0-9_]*");

        public ChoiceType {
            options = List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("a choice needs options");
            }
            if (new HashSet<>(options).size() != options.size()) {
                throw new IllegalArgumentException("duplicate options " + options);
            }
            for (String option : options) {
                if (!OPTION.matcher(option).matches()) {
                    throw new IllegalArgumentException("options are UPPER_SNAKE_CASE: " + option);
                }
            }
        }

        @Override
        public Kind kind() {
            return Kind.CHOICE;
        }

        @Override
        public String canonical(String key, String label, String raw) {
            String text = raw == null ? "" : raw.strip();
            String wanted = text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            for (String option : options) {
                if (option.equals(wanted)) {
                    return option;
                }
            }
            List<String> labels = new ArrayList<>();
            options.forEach(o -> labels.add(label(o)));
            throw new RuleViolation(key, label + " must be one of " + String.join(", ", labels) + " " + Messages.got(text) + ".");
        }

        @Override
        public String display(String canonical) {
            return label(canonical);
        }

        /** "IF_REQUIRED" → "If required". */
        public static String label(String option) {
            String words = option.replace('_', ' ').toLowerCase(Locale.ROOT);
            return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }

    /** "HH:MM-HH:MM" within one day; "8:00 – 18:00" is accepted and stored as "08:00-18:00". */
    record TimeRangeType() implements SettingType {

        private static final Pattern RANGE = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*[-–]\\s*(\\d{1,2}):(\\d{2})");

        @Override
        public Kind kind() {
            return Kind.TIME_RANGE;
        }

        @Override
        public String canonical(String key, String label, String raw) {
            String text = raw == null ? "" : raw.strip();
            Matcher m = RANGE.matcher(text);
            if (!m.matches() || !validTime(m.group(1), m.group(2)) || !validTime(m.group(3), m.group(4))) {
                throw new RuleViolation(key, label + " must be a time range such as 08:00-18:00 " + Messages.got(text) + ".");
            }
            int start = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
            int end = Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4));
            if (start >= end) {
                throw new RuleViolation(key, label + " must start before it ends " + Messages.got(text) + ".");
            }
            return String.format("%02d:%02d-%02d:%02d", start / 60, start % 60, end / 60, end % 60);
        }

        @Override
        public String display(String canonical) {
            return TimeRange.parse(canonical).display();
        }

        private static boolean validTime(String hour, String minute) {
            return Integer.parseInt(hour) < 24 && Integer.parseInt(minute) < 60;
        }
    }

    /**
     * Computer ids (UUIDs), stored lower-case and comma-separated. Repeats are dropped silently: adding
     * a computer that is already listed is harmless.
     */
    record ComputerListType() implements SettingType {

        private static final Pattern UUID_TEXT =
                Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        @Override
        public Kind kind() {
            return Kind.COMPUTER_LIST;
        }

        @Override
        public String canonical(String key, String label, String raw) {
            Set<String> ids = new LinkedHashSet<>();
            for (String item : split(raw)) {
                // UUID.fromString alone would take "1-2-3-4-5"
                if (!UUID_TEXT.matcher(item).matches()) {
                    throw new RuleViolation(key, Messages.quote(item)
                            + " is not a valid computer id (expected a UUID such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301).");
                }
                ids.add(item.toLowerCase(Locale.ROOT));
            }
            return String.join(",", ids);
        }

        @Override
        public String display(String canonical) {
            int count = items(canonical).size();
            return count == 0 ? "None" : count == 1 ? "1 computer" : count + " computers";
        }

        public static List<UUID> ids(String canonical) {
            List<UUID> ids = new ArrayList<>();
            items(canonical).forEach(id -> ids.add(UUID.fromString(id)));
            return ids;
        }
    }

    /**
     * E-mail addresses, stored comma-separated. Commas, semicolons (as Outlook pastes them) and spaces
     * separate; the same address twice is refused, ignoring case, since it is almost always a typo.
     */
    record EmailListType() implements SettingType {

        private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
        private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
        private static final Pattern ADDRESS =
                Pattern.compile(ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+[A-Za-z]{2,63}");

        @Override
        public Kind kind() {
            return Kind.EMAIL_LIST;
        }

        @Override
        public String canonical(String key, String label, String raw) {
            Set<String> seen = new HashSet<>();
            List<String> addresses = new ArrayList<>();
            for (String item : split(raw)) {
                if (!isAddress(item)) {
                    throw new RuleViolation(key, Messages.quote(item) + " is not a valid e-mail address.");
                }
                if (!seen.add(item.toLowerCase(Locale.ROOT))) {
                    throw new RuleViolation(key, Messages.quote(item) + " is listed more than once.");
                }
                addresses.add(item);
            }
            return String.join(",", addresses);
        }

        @Override
        public String display(String canonical) {
            return canonical.isEmpty() ? "None" : String.join(", ", items(canonical));
        }

        public static boolean isAddress(String text) {
            int at = text.lastIndexOf('@');
            return text.length() <= 254 && at > 0 && at <= 64 && ADDRESS.matcher(text).matches();
        }

        public static List<String> addresses(String canonical) {
            return items(canonical);
        }
    }

    /** Free text, trimmed, at most maxLength characters. */
    record TextType(int maxLength) implements SettingType {

        public TextType {
            if (maxLength < 1) {
                throw new IllegalArgumentException("maxLength " + maxLength);
            }
        }

        @Override
        public Kind kind() {
            return Kind.TEXT;
        }

        @Override
        public String canonical(String key, String label, String raw) {
            String text = raw == null ? "" : raw.strip();
            if (text.length() > maxLength) {
                throw new RuleViolation(key, label + " is " + text.length() + " characters; at most " + maxLength + " are allowed.");
            }
            return text;
        }

        @Override
        public String display(String canonical) {
            return canonical.isEmpty() ? "None" : canonical;
        }
    }

    /** A Java regular expression, trimmed; empty means "no pattern". */
    record RegexType() implements SettingType {

        public static final int MAX_LENGTH = 500;

        @Override
        public Kind kind() {
            return Kind.REGEX;
        }

        @Override
        public String canonical(String key, String label, String raw) {
            String text = raw == null ? "" : raw.strip();
            if (text.length() > MAX_LENGTH) {
                throw new RuleViolation(key, label + " is " + text.length() + " characters; at most " + MAX_LENGTH + " are allowed.");
            }
            try {
                Pattern.compile(text);
            } catch (PatternSyntaxException e) {
                String where = e.getIndex() >= 0 ? " at position " + (e.getIndex() + 1) : "";
                throw new RuleViolation(key, Messages.quote(text) + " is not a valid pattern: " + e.getDescription() + where + ".");
            }
            return text;
        }

        @Override
        public String display(String canonical) {
            return canonical.isEmpty() ? "None" : canonical;
        }
    }

    private static List<String> split(String raw) {
        List<String> items = new ArrayList<>();
        if (raw != null) {
            for (String item : raw.split("[,;\\s]+")) {
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
        }
        return items;
    }
}
