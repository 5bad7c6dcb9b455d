package dev.canopy.server;

import java.util.Map;

/**
 * An HTTP error the API answers on purpose, as {@code {"error": code, "reason": reason}}; headers go along (such as
 * Retry-After on 429). The reason is read by people, so it says what to fix.
 */
final class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> headers;

    ApiException(int status, String code, String reason, Map<String, String> headers) {
        super(reason);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    static ApiException badRequest(String reason) {
        return new ApiException(400, "bad_request", reason, Map.of());
    }

    static ApiException unauthorized(String reason) {
        // RFC 6750: tell the client which scheme to use
        return new ApiException(401, "unauthorized", reason, Map.of("WWW-Authenticate", "Bearer realm=\"canopy\""));
    }

    static ApiException tooLarge(long limitBytes) {
        return new ApiException(413, "too_large", "the request body is larger than this server accepts ("
                + limitBytes + " bytes)", Map.of());
    }

    static ApiException tooManyRequests(long retryAfterSeconds) {
        return new ApiException(429, "rate_limited", "too many requests with this token; retry after "
                + retryAfterSeconds + " s", Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String reason() {
        return getMessage();
    }

    Map<String, String> headers() {
        return headers;
    }
}
