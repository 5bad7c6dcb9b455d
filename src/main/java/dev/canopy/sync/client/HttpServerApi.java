package dev.canopy.sync.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.canopy.sync.ApiError;
import dev.canopy.sync.Health;
import dev.canopy.sync.Identity;
import dev.canopy.sync.PublishRequest;
import dev.canopy.sync.PublishResponse;
import dev.canopy.sync.PullResponse;
import dev.canopy.sync.PushRequest;
import dev.canopy.sync.PushResponse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** The server's endpoints over HTTP with the JDK client: the token as a bearer header, JSON both ways. */
public final class HttpServerApi implements ServerApi {

    static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final String base;
    private final String token;
    private final HttpClient http;

    public HttpServerApi(ServerConnection connection, HttpClient http) {
        String url = connection.server().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.token = connection.token();
        this.http = http;
    }

    /** A client for one server: HTTP/1.1 (what Javalin serves without TLS), a short connect timeout. */
    public static HttpServerApi to(ServerConnection connection) {
        return new HttpServerApi(connection, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build());
    }

    @Override
    public Health health() throws ServerCallFailed {
        return send(request("/api/v1/health", false).GET(), Health.class);
    }

    @Override
    public Identity identity() throws ServerCallFailed {
        return send(request("/api/v1/me", true).GET(), Identity.class);
    }

    @Override
    public PushResponse push(PushRequest push) throws ServerCallFailed {
        return send(post("/api/v1/sync/push", push), PushResponse.class);
    }

    @Override
    public PullResponse pull(String clientId, long since, int limit) throws ServerCallFailed {
        String query = "?since=" + since + "&limit=" + limit + "&clientId=" + java.net.URLEncoder.encode(clientId, java.nio.charset.StandardCharsets.UTF_8);
        return send(request("/api/v1/sync/pull" + query, true).GET(), PullResponse.class);
    }

    @Override
    public PublishResponse publish(PublishRequest publish) throws ServerCallFailed {
        return send(post("/api/v1/sync/publish", publish), PublishResponse.class);
    }

    private HttpRequest.Builder post(String path, Object body) throws ServerCallFailed {
        try {
            return request(path, true).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        } catch (IOException e) {
            throw new IllegalStateException("a protocol message could not be written as JSON", e);
        }
    }

    private HttpRequest.Builder request(String path, boolean withToken) throws ServerCallFailed {
        URI uri;
        try {
            uri = URI.create(base + path);
        } catch (IllegalArgumentException e) {
            throw new ServerCallFailed(0, "bad_url", "The server address '" + base + "' is not a valid URL.", 0, e);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(CALL_TIMEOUT).header("Accept", "application/json");
        return withToken ? builder.header("Authorization", "Bearer " + token) : builder;
    }

    private <T> T send(HttpRequest.Builder request, Class<T> type) throws ServerCallFailed {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw ServerCallFailed.unreachable("The server " + base + " did not answer in time.", e);
        } catch (IOException e) {
            throw ServerCallFailed.unreachable("The server " + base + " cannot be reached (" + describe(e) + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ServerCallFailed.unreachable("The call to " + base + " was interrupted.", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw refusal(response);
        }
        try {
            return JSON.readValue(response.body(), type);
        } catch (IOException e) {
            throw new ServerCallFailed(response.statusCode(), "bad_answer",
                    "The server at " + base + " answered with something that is not Canopy's protocol.", 0, e);
        }
    }

    private ServerCallFailed refusal(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        long retryAfter = response.headers().firstValue("Retry-After").map(HttpServerApi::seconds).orElse(0L);
        try {
            ApiError error = JSON.readValue(response.body(), ApiError.class);
            if (error != null && error.reason() != null) {
                return new ServerCallFailed(status, error.error(), error.reason(), retryAfter, null);
            }
        } catch (IOException notOurs) {
            // a proxy's or another program's page: say what status came back instead
        }
        return new ServerCallFailed(status, "http_" + status, "The server at " + base + " answered HTTP " + status
                + (status == 404 ? " (is this a Canopy server? check the address)" : "") + ".", retryAfter, null);
    }

    private static long seconds(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String describe(IOException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof java.net.ConnectException || root instanceof java.nio.channels.ClosedChannelException) {
            return "nothing answers at that address";
        }
        if (root instanceof java.net.UnknownHostException) {
            return "no such host";
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? "the connection failed" : message;
    }
}
