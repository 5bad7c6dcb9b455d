package dev.canopy.imports.entra;

/**
 * A Graph request that did not give users: an error Graph answered ({@code {"error":{"code","message"}}}), an
 * answer that is not Graph's JSON, throttling that did not end, or no connection. The message names the request and
 * says what to do; it never holds the token. Nothing has been imported when it is thrown.
 */
public final class GraphCallFailed extends Exception {

    private final int status;
    private final String code;

    GraphCallFailed(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    GraphCallFailed(String message, Throwable cause) {
        super(message, cause);
        this.status = 0;
        this.code = "";
    }

    /** The HTTP status, 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** Graph's error code ("InvalidAuthenticationToken"), empty when the answer had none. */
    public String code() {
        return code;
    }
}
