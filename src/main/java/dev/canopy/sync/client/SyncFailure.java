package dev.canopy.sync.client;

/** A sync that could not happen, with a message a technician can act on (never a stack trace). */
public class SyncFailure extends Exception {

    /** OFFLINE: the server cannot be reached; UNAUTHORIZED: token refused; REFUSED: the server said no (reason given). */
    public enum Kind { OFFLINE, UNAUTHORIZED, REFUSED, CANCELLED }

    private final Kind kind;

    public SyncFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
