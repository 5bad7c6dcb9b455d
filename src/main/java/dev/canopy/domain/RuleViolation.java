package dev.canopy.domain;

/**
 * A user action that the domain rules refuse. The message is written for the technician; the
 * field names the input it is about (or is null when it concerns the action as a whole) and the
 * kind says what is wrong with it, so callers decide by field and kind, never by the message text.
 */
public class RuleViolation extends RuntimeException {

    /** What is wrong with the input. */
    public enum Kind {
        /** Empty where a value is needed. */
        REQUIRED,
        /** Longer than the rule allows. */
        TOO_LONG,
        /** Not in the form the rule needs (an unknown time zone, a malformed e-mail address, …). */
        INVALID,
        /** Must be unique where it is (a sibling's name, an e-mail address in the tenant), and another record has it. */
        TAKEN,
        /** Well-formed, but not allowed here (a role in this tenant, a move under a descendant, …). */
        NOT_ALLOWED,
        /** What it names no longer exists. */
        NOT_FOUND,
        /** The action would change nothing. */
        UNCHANGED,
        /** The rule that refused did not say (thrown through the constructors without a kind). */
        UNSPECIFIED
    }

    private final String field;
    private final Kind kind;

    public RuleViolation(String field, Kind kind, String message) {
        super(message);
        this.field = field;
        this.kind = kind == null ? Kind.UNSPECIFIED : kind;
    }

    public RuleViolation(String field, String message) {
        this(field, Kind.UNSPECIFIED, message);
    }

    public RuleViolation(String message) {
        this(null, Kind.UNSPECIFIED, message);
    }

    /** The input the message is about ("name", "parent", …), or null. */
    public String field() {
        return field;
    }

    public Kind kind() {
        return kind;
    }

    /** True when this refusal is about that field for that reason. */
    public boolean is(String aboutField, Kind ofKind) {
        return java.util.Objects.equals(field, aboutField) && kind == ofKind;
    }
}
