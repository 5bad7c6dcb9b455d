package dev.canopy.server;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * One line per request, as key=value pairs that a log shipper can parse (also attached as SLF4J key-value pairs):
 * time, who (the token's person as email/account id, or "-"), method, route, status and duration. Never the token,
 * the Authorization header or the query string.
 */
final class RequestLog {

    static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);
    private static final int PATH_MAX = 200;

    private RequestLog() {
    }

    static void log(Context ctx, Float executionTimeMs) {
        Caller caller = ctx.attribute(BearerAuth.CALLER);
        String who = caller == null ? "-" : caller.email() + "/" + caller.accountId();
        String time = Instant.now().toString();
        String method = ctx.method().name();
        String route = route(ctx);
        int status = ctx.statusCode();
        long ms = executionTimeMs == null ? 0 : Math.round(executionTimeMs);
        LOG.atInfo()
                .addKeyValue("time", time).addKeyValue("who", who).addKeyValue("method", method)
                .addKeyValue("route", route).addKeyValue("status", status).addKeyValue("ms", ms)
                .log("time={} who={} method={} route={} status={} ms={}", time, who, method, route, status, ms);
    }

    /** The matched route's pattern; for a request that matched none, its path (without the query), cut short. */
    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        String route = endpoint != null && !endpoint.path.isEmpty() ? endpoint.path : ctx.path();
        return route.length() > PATH_MAX ? route.substring(0, PATH_MAX) + "…" : route;
    }
}
