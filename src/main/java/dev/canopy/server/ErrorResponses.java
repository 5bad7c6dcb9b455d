package dev.canopy.server;

import dev.canopy.sync.ApiError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * Every failure becomes {@code {"error": code, "reason": sentence}}. An unexpected exception is logged with its stack
 * trace under a short reference and answered 500 with only that reference, so no stack trace or SQL reaches a client.
 */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    static void register(RoutesConfig routes, long maxBodyBytes) {
        routes.exception(ApiException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            answer(ctx, e.status(), e.code(), e.reason());
        });
        routes.exception(SyncException.class, (e, ctx) -> answer(ctx, e.kind().status(), e.kind().code(), e.reason()));
        // Javalin's own refusals: no route, a body over maxRequestSize, a wrong method
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            switch (e.getStatus()) {
                case 404 -> answer(ctx, 404, "not_found", "no route " + ctx.method().name() + " " + ctx.path()
                        + " (the API is under /api/v1)");
                case 413 -> answer(ctx, 413, "too_large", ApiException.tooLarge(maxBodyBytes).reason());
                case 405 -> {
                    // Javalin names the path's methods in its one detail ("GET, POST")
                    String allowed = String.join(", ", e.getDetails().values());
                    ctx.header("Allow", allowed);
                    answer(ctx, 405, "method_not_allowed", ctx.method().name() + " is not allowed on " + ctx.path()
                            + "; it takes " + allowed);
                }
                default -> answer(ctx, e.getStatus(), "http_" + e.getStatus(), e.getMessage());
            }
        });
        routes.exception(Exception.class, (e, ctx) -> {
            String ref = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Unexpected error answering {} {} (ref {})", ctx.method().name(), ctx.path(), ref, e);
            answer(ctx, 500, "internal", "the server failed to answer this request (ref " + ref
                    + "); the cause is in the server log");
        });
    }

    private static void answer(Context ctx, int status, String code, String reason) {
        ctx.status(status).json(new ApiError(code, reason));
    }
}
