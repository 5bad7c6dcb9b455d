package dev.canopy.sync;

/**
 * A pushed mutation that cannot be turned back into a command: its name is unknown, or an argument is missing or of
 * the wrong shape. The message is a sentence for a person ("tenant.update: \"parentId\" is not a UUID: 'abc'"), so the
 * server can put it in a {@link MutationResult#rejected rejection} as it is. Domain rules are not checked here; the
 * decoded command checks them when it is applied.
 */
public final class MalformedMutation extends RuntimeException {

    private final String mutation;
    private final String field;

    MalformedMutation(String mutation, String field, String problem) {
        super(mutation + ": \"" + field + "\" " + problem, null, false, false);
        this.mutation = mutation;
        this.field = field;
    }

    private MalformedMutation(String mutation, String message) {
        // no stack trace: this is an answer for the sender, not a fault of the server
        super(message, null, false, false);
        this.mutation = mutation;
        this.field = null;
    }

    static MalformedMutation unknownName(String name) {
        return new MalformedMutation(name, "unknown mutation \"" + name + "\"");
    }

    static MalformedMutation noArgs(String name) {
        return new MalformedMutation(name, name + ": the arguments are missing");
    }

    /** The mutation's name as sent. */
    public String mutation() {
        return mutation;
    }

    /** The argument at fault as a path ("record.target.kind", "groups[1].tenantId"); null when the name is at fault. */
    public String field() {
        return field;
    }
}
