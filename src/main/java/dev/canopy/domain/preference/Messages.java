package dev.canopy.domain.preference;

/** Shared wording for the messages of setting types. */
final class Messages {

    // a pasted wall of text must not turn an error message into a wall of text
    private static final int MAX_QUOTED = 60;

    private Messages() {
    }

    /** The value in quotes, shortened when it is long. */
    static String quote(String value) {
        String shown = value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED - 1) + "…" : value;
        return "\"" + shown + "\"";
    }

    /** "(got "abc")", or "(it is empty)" for nothing. */
    static String got(String raw) {
        return raw.isEmpty() ? "(it is empty)" : "(got " + quote(raw) + ")";
    }
}
