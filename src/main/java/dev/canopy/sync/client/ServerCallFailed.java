package dev.canopy.sync.client;

/**
 * A call to the server that did not get a usable answer: status 0 when the server could not be reached (or the
 * answer was lost), else the HTTP status with the server's error code and reason.
 */
public final class ServerCallFailed extends Exception {

    private final int status;
    private final String code;
    private final long retryAfterSeconds;

    public ServerCallFailed(int status, String code, String reason, long retryAfterSeconds, Throwable cause) {
        super(reason, cause);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public static ServerCallFailed unreachable(String reason, Throwable cause) {
        return new ServerCallFailed(0, "unreachable", reason, 0, cause);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Worth sending again unchanged: the answer was lost, the server was busy, or it failed unexpectedly. */
    public boolean retryable() {
        return status == 0 || status == 429 || status >= 500;
    }
}
