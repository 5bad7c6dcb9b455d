package dev.canopy.server;

import java.util.Objects;

/**
 * A refusal from a {@link SyncService}, answered to the client as JSON with the reason: the request breaks a protocol
 * rule (400), reaches outside the caller's scope (403), or the client must reset and pull from the start (409).
 * The reason is shown to a person, so it says what is wrong in plain words and holds no SQL or internals.
 */
public final class SyncException extends RuntimeException {

    public enum Kind {
        BAD_REQUEST(400, "bad_request"),
        FORBIDDEN(403, "forbidden"),
        RESET(409, "reset");

        private final int status;
        private final String code;

        Kind(int status, String code) {
            this.status = status;
            this.code = code;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }
    }

    private final Kind kind;

    public SyncException(Kind kind, String reason) {
        super(Objects.requireNonNull(reason, "reason"));
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public static SyncException badRequest(String reason) {
        return new SyncException(Kind.BAD_REQUEST, reason);
    }

    public static SyncException forbidden(String reason) {
        return new SyncException(Kind.FORBIDDEN, reason);
    }

    public static SyncException reset(String reason) {
        return new SyncException(Kind.RESET, reason);
    }

    public Kind kind() {
        return kind;
    }

    public String reason() {
        return getMessage();
    }
}
