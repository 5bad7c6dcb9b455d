package dev.canopy.cli;

import java.util.Locale;
import java.util.Map;

/** An option that takes one of a few words ("csv", "json"): the value for the word given, or a message listing the choices. */
final class OptionChoice {

    private OptionChoice() {
    }

    static <T> T of(String option, String given, Map<String, T> values) {
        T value = values.get(given.strip().toLowerCase(Locale.ROOT));
        if (value == null) {
            throw new IllegalArgumentException(option + " must be " + String.join(", ", values.keySet().stream().sorted().toList())
                    + "; got \"" + given + "\"");
        }
        return value;
    }
}
