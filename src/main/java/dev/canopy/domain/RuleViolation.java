package dev.canopy.domain;

/**
 * A user action that the domain rules refuse. The message is written for the technician; the
 * field names the input it is about (or is null when it concerns the action as a whole).
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public RuleViolation(String message) {
        this(null, message);
    }

    /** The input the message is about ("name", "parent", …), or null. */
    public String field() {
        return field;
    }
}
