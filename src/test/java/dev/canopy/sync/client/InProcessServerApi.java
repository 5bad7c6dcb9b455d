package dev.canopy.sync.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.canopy.server.Caller;
import dev.canopy.server.ServerSync;
import dev.canopy.server.SyncException;
import dev.canopy.server.TokenAuthenticator;
import dev.canopy.sync.Health;
import dev.canopy.sync.Identity;
import dev.canopy.sync.PublishRequest;
import dev.canopy.sync.PublishResponse;
import dev.canopy.sync.PullResponse;
import dev.canopy.sync.PushRequest;
import dev.canopy.sync.PushResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The real {@link ServerSync} called in-process, as one token, with the JSON round trip an HTTP call has: the request
 * is written with the client's mapper and read with one configured like the server's, the answer the other way, so
 * the maps and number types the client sees are what it would see over the wire. Errors become the
 * {@link ServerCallFailed} {@link HttpServerApi} would make of the server's error body; an unexpected server
 * failure is a 500 and is also kept in {@link #internalErrors()}, since a test must treat it as a bug.
 */
final class InProcessServerApi implements ServerApi {

    /** Configured as the server's ProtocolJson mapper (package-private there). */
    private static final ObjectMapper SERVER_JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final TokenAuthenticator authenticator;
    private final ServerSync sync;
    private final int schemaVersion;
    private final String token;
    private final List<RuntimeException> internalErrors = new CopyOnWriteArrayList<>();

    InProcessServerApi(TokenAuthenticator authenticator, ServerSync sync, int schemaVersion, String token) {
        this.authenticator = authenticator;
        this.sync = sync;
        this.schemaVersion = schemaVersion;
        this.token = token;
    }

    /** Unexpected failures inside the server (answered 500), oldest first. */
    List<RuntimeException> internalErrors() {
        return List.copyOf(internalErrors);
    }

    @Override
    public Health health() throws ServerCallFailed {
        return toClient(Health.ok(schemaVersion), Health.class);
    }

    @Override
    public Identity identity() throws ServerCallFailed {
        return answer(sync::identity, Identity.class);
    }

    @Override
    public PushResponse push(PushRequest request) throws ServerCallFailed {
        PushRequest received = toServer(request, PushRequest.class);
        return answer(caller -> sync.push(caller, received), PushResponse.class);
    }

    @Override
    public PullResponse pull(String clientId, long since, int limit) throws ServerCallFailed {
        return answer(caller -> sync.pull(caller, clientId, since, limit), PullResponse.class);
    }

    @Override
    public PublishResponse publish(PublishRequest request) throws ServerCallFailed {
        PublishRequest received = toServer(request, PublishRequest.class);
        return answer(caller -> sync.publish(caller, received), PublishResponse.class);
    }

    private <T> T answer(Function<Caller, Object> route, Class<T> type) throws ServerCallFailed {
        TokenAuthenticator.Authentication authentication = authenticator.authenticate(token);
        if (authentication.outcome() != TokenAuthenticator.Outcome.OK) {
            throw new ServerCallFailed(401, "unauthorized", authentication.outcome() == TokenAuthenticator.Outcome.REVOKED
                    ? "this token has been revoked; ask for a new one" : "this token is not known to this server", 0, null);
        }
        Object response;
        try {
            response = route.apply(authentication.caller());
        } catch (SyncException refused) {
            throw new ServerCallFailed(refused.kind().status(), refused.kind().code(), refused.reason(), 0, null);
        } catch (RuntimeException unexpected) {
            internalErrors.add(unexpected);
            throw new ServerCallFailed(500, "internal", "the server failed to answer this request", 0, unexpected);
        }
        return toClient(response, type);
    }

    private static <T> T toServer(Object request, Class<T> type) {
        try {
            return SERVER_JSON.readValue(HttpServerApi.JSON.writeValueAsBytes(request), type);
        } catch (IOException e) {
            throw new UncheckedIOException("a request did not survive its JSON round trip", e);
        }
    }

    private static <T> T toClient(Object response, Class<T> type) {
        try {
            return HttpServerApi.JSON.readValue(SERVER_JSON.writeValueAsBytes(response), type);
        } catch (IOException e) {
            throw new UncheckedIOException("an answer did not survive its JSON round trip", e);
        }
    }
}
