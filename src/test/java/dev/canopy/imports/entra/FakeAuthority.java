package dev.canopy.imports.entra;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.aad.msal4j.HttpResponse;
import com.microsoft.aad.msal4j.IHttpClient;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Microsoft's sign-in service on loopback, as MSAL for Java's device-code flow calls it: instance discovery, the
 * {@code devicecode} endpoint and the {@code token} endpoint, which answers from a script ({@code authorization_pending},
 * a token, {@code expired_token}, {@code access_denied}) and keeps answering pending once the script is used up.
 * {@link #transport()} is the HTTP client handed to MSAL: it sends what MSAL addresses to login.microsoftonline.com
 * here and refuses any other host, so a test can never reach the internet.
 */
public final class FakeAuthority implements AutoCloseable {

    public static final String CLIENT_ID = "4a1aa1d5-c567-49d0-ad0b-cd957a47f842";
    public static final String DIRECTORY = "contoso.onmicrosoft.com";
    public static final String USER_CODE = "FKD8-2QXC";
    public static final String VERIFICATION_URL = "https://microsoft.com/devicelogin";
    public static final String ACCESS_TOKEN = FakeGraph.TOKEN;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin app;
    private final Deque<String> tokenAnswers = new ConcurrentLinkedDeque<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** "METHOD path" of every request MSAL made, in order, plus the form bodies it posted. */
    public final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    public final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    /** Hosts MSAL tried that are not the sign-in service (refused). */
    public final List<String> refusedHosts = Collections.synchronizedList(new ArrayList<>());
    private volatile int interval = 1;

    public FakeAuthority() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.routes.get("/common/discovery/instance", this::discovery);
            config.routes.post("/{directory}/oauth2/v2.0/devicecode", this::deviceCode);
            config.routes.post("/{directory}/oauth2/v2.0/token", this::token);
        });
        app.start();
    }

    /** The token endpoint's next answers: "authorization_pending", "token", "expired_token", "access_denied", "invalid_client". */
    public FakeAuthority answers(String... answers) {
        tokenAnswers.addAll(List.of(answers));
        return this;
    }

    /** Seconds MSAL is told to wait between polls. */
    public FakeAuthority interval(int seconds) {
        interval = seconds;
        return this;
    }

    public long tokenRequests() {
        return requests.stream().filter(r -> r.endsWith("/oauth2/v2.0/token")).count();
    }

    private void discovery(Context ctx) throws Exception {
        record(ctx);
        String host = "login.microsoftonline.com";
        ctx.contentType("application/json").result(JSON.writeValueAsString(Map.of(
                "tenant_discovery_endpoint", "https://" + host + "/" + DIRECTORY + "/v2.0/.well-known/openid-configuration",
                "api-version", "1.1",
                "metadata", List.of(Map.of("preferred_network", host, "preferred_cache", "login.windows.net",
                        "aliases", List.of(host, "login.windows.net", "login.microsoft.com"))))));
    }

    private void deviceCode(Context ctx) throws Exception {
        record(ctx);
        ctx.contentType("application/json").result(JSON.writeValueAsString(Map.of(
                "user_code", USER_CODE, "device_code", "GAQABAAEAAAD-device-code", "verification_uri", VERIFICATION_URL,
                "expires_in", 900, "interval", interval,
                "message", "To sign in, use a web browser to open the page " + VERIFICATION_URL + " and enter the code " + USER_CODE
                        + " to authenticate.")));
    }

    private void token(Context ctx) throws Exception {
        record(ctx);
        String answer = tokenAnswers.poll();
        if ("token".equals(answer)) {
            ctx.contentType("application/json").result(JSON.writeValueAsString(Map.of(
                    "token_type", "Bearer", "scope", String.join(" ", DeviceCodeSignIn.SCOPES), "expires_in", 3599,
                    "ext_expires_in", 3599, "access_token", ACCESS_TOKEN, "refresh_token", "0.refresh-token",
                    "id_token", idToken(), "client_info", base64(JSON.writeValueAsString(Map.of("uid", "uid-ada", "utid", "utid-contoso"))))));
            return;
        }
        String error = answer == null ? "authorization_pending" : answer;
        String description = switch (error) {
            case "expired_token" -> "AADSTS70020: The provided value for the input parameter 'device_code' is not valid. This device code has expired.";
            case "access_denied" -> "AADSTS70016: The user has declined the authentication.";
            case "invalid_client" -> "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.";
            default -> "AADSTS70016: OAuth 2.0 device flow error. Authorization is pending. Continue polling.";
        };
        ctx.status(400).contentType("application/json").result(JSON.writeValueAsString(Map.of(
                "error", error, "error_description", description + "\r\nTrace ID: 0f3e\r\nCorrelation ID: 5a2c\r\nTimestamp: 2025-01-01 00:00:00Z",
                "error_codes", List.of(70016), "trace_id", "0f3e", "correlation_id", "5a2c")));
    }

    private void record(Context ctx) {
        requests.add(ctx.method() + " " + ctx.path());
        bodies.add(ctx.body());
    }

    private static String idToken() throws Exception {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String claims = base64(JSON.writeValueAsString(Map.of("aud", CLIENT_ID, "iss", "https://login.microsoftonline.com/utid-contoso/v2.0",
                "oid", "uid-ada", "tid", "utid-contoso", "preferred_username", "ada@contoso.example", "name", "Ada Lovelace",
                "iat", 1700000000, "nbf", 1700000000, "exp", 4100000000L)));
        return header + "." + claims + ".";
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** MSAL's HTTP calls: to the sign-in service → this server; anywhere else → refused and noted. */
    public IHttpClient transport() {
        return request -> {
            String host = request.url().getHost();
            if (!Set.of("login.microsoftonline.com", "login.windows.net", "login.microsoft.com").contains(host)) {
                refusedHosts.add(host);
                throw new java.net.ConnectException("test: no internet (" + host + ")");
            }
            String pathAndQuery = request.url().getFile();
            HttpRequest.Builder out = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + pathAndQuery))
                    .timeout(Duration.ofSeconds(10));
            request.headers().forEach((name, value) -> {
                if (!Set.of("host", "content-length", "connection").contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    out.header(name, value);
                }
            });
            switch (request.httpMethod()) {
                case GET -> out.GET();
                case POST -> out.POST(HttpRequest.BodyPublishers.ofString(request.body() == null ? "" : request.body()));
                default -> throw new IllegalStateException("test: MSAL sent " + request.httpMethod());
            }
            java.net.http.HttpResponse<String> in = http.send(out.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            HttpResponse answer = new HttpResponse().statusCode(in.statusCode()).body(in.body());
            answer.addHeaders(in.headers().map());
            return answer;
        };
    }

    @Override
    public void close() {
        app.stop();
    }
}
