package dev.canopy.imports.entra;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** What Graph's answers mean for the client: which to retry, how long to wait, and each failure in words. */
final class GraphAnswers {

    private GraphAnswers() {
    }

    /** Too many requests, service unavailable, gateway timeout: Graph's documented "retry after" answers. */
    static boolean throttled(int status) {
        return status == 429 || status == 503 || status == 504;
    }

    /**
     * Retry-After as seconds (whole seconds, or an HTTP date from now, at least 1); without it 1, 2, 4, 8 s by attempt.
     */
    static long retryAfterSeconds(String header, int attempt) {
        if (header != null && !header.isBlank()) {
            String value = header.strip();
            try {
                return Math.max(1, Long.parseLong(value));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    return Math.max(1, (Duration.between(Instant.now(), at).toMillis() + 999) / 1000);
                } catch (DateTimeParseException notADate) {
                    // a header we cannot read: back off as without one
                }
            }
        }
        return 1L << Math.min(attempt - 1, 3);
    }

    /** A failed answer in words, naming the request; an expired or invalid token says to get a new one. */
    static GraphCallFailed failure(String request, int status, byte[] body) {
        var error = GraphPage.error(body);
        String code = error.map(GraphPage.GraphError::code).orElse("");
        String said = error.map(e -> " (Graph said: " + e.text() + ")").orElse("");
        if (status == 401 || code.equalsIgnoreCase("InvalidAuthenticationToken")) {
            return new GraphCallFailed(status, code, request + ": the Graph token has expired or is not valid; get a new one" + said + ".");
        }
        if (error.isEmpty()) {
            String what = GraphPage.isHtml(body) ? "a web page (HTML)" : "something that is not Graph's JSON";
            return new GraphCallFailed(status, "", request + " answered HTTP " + status + " with " + what
                    + " (is the Graph address right? a proxy or sign-in page may be in the way).");
        }
        if (status == 403) {
            return new GraphCallFailed(status, code, request + ": the token may not read this; it needs User.Read.All"
                    + " (and GroupMember.Read.All for a group's members)" + said + ".");
        }
        if (status == 404) {
            return new GraphCallFailed(status, code, request + ": Graph has no such object" + said + ".");
        }
        return new GraphCallFailed(status, code, request + " failed with HTTP " + status + said + ".");
    }

    static GraphCallFailed unreachable(String request, URI base, IOException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String why = root instanceof java.net.ConnectException ? "nothing answers at that address"
                : root instanceof java.net.UnknownHostException ? "no such host"
                : root instanceof java.net.http.HttpTimeoutException ? "no answer in time"
                : root.getMessage() == null || root.getMessage().isBlank() ? "the connection failed" : root.getMessage();
        return new GraphCallFailed(request + ": cannot reach Graph at " + base + " (" + why + ").", e);
    }
}
