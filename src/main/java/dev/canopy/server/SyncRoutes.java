package dev.canopy.server;

import dev.canopy.sync.PushRequest;
import dev.canopy.sync.PushResponse;
import io.javalin.http.ContentType;
import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** {@code POST /api/v1/sync/push} and {@code GET /api/v1/sync/pull}: parse, check the shape, hand to the service. */
final class SyncRoutes {

    private final SyncService sync;
    private final long maxBodyBytes;

    SyncRoutes(SyncService sync, long maxBodyBytes) {
        this.sync = sync;
        this.maxBodyBytes = maxBodyBytes;
    }

    void push(Context ctx) {
        // refuse a declared oversize body before reading it; Javalin's maxRequestSize catches one sent without a length
        if (ctx.req().getContentLengthLong() > maxBodyBytes) {
            throw ApiException.tooLarge(maxBodyBytes);
        }
        PushRequest request = ProtocolJson.read(ctx.bodyAsBytes(), PushRequest.class);
        RequestChecks.push(request);
        PushResponse response = sync.push(BearerAuth.caller(ctx), request);
        if (response == null) {
            throw new IllegalStateException("the sync service answered push with null");
        }
        ctx.json(response);
    }

    void publish(Context ctx) {
        if (ctx.req().getContentLengthLong() > maxBodyBytes) {
            throw ApiException.tooLarge(maxBodyBytes);
        }
        dev.canopy.sync.PublishRequest request = ProtocolJson.read(ctx.bodyAsBytes(), dev.canopy.sync.PublishRequest.class);
        RequestChecks.publish(request);
        ctx.json(sync.publish(BearerAuth.caller(ctx), request));
    }

    void pull(Context ctx) {
        long since = RequestChecks.since(ctx.queryParam("since"));
        int limit = RequestChecks.limit(ctx.queryParam("limit"));
        String clientId = ctx.queryParam("clientId");
        if (clientId != null) {
            RequestChecks.clientId(clientId);
        }
        // the page is written to a buffer first: a refusal (or a failure) found while reading it is answered as
        // such, never after half a 200
        ByteArrayOutputStream body = new ByteArrayOutputStream(64 * 1024);
        try {
            sync.writePull(BearerAuth.caller(ctx), clientId, since, limit, body);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a pull to memory failed", e);
        }
        ctx.contentType(ContentType.APPLICATION_JSON).result(body.toByteArray());
    }

    void identity(Context ctx) {
        ctx.json(sync.identity(BearerAuth.caller(ctx)));
    }
}
