package dev.canopy.imports.entra;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads Entra ID users and groups from Microsoft Graph with a token the technician supplies: {@code /v1.0/users},
 * {@code /v1.0/groups} and a group's {@code /members}, page by page following {@code @odata.nextLink}, waiting out
 * throttling (429, 503, 504 with Retry-After) a bounded number of times. Each page's users go to the caller before
 * the next page is asked for; a cancel is noticed between pages, during a wait and while an answer is awaited.
 * The token goes only into the Authorization header of requests to the configured Graph address: never into a
 * message, a log, or a request to another host.
 */
public final class GraphClient {

    public static final String DEFAULT_URL = "https://graph.microsoft.com";
    static final String USER_FIELDS = "id,displayName,mail,userPrincipalName,accountEnabled,userType";
    /** Attempts of one request while Graph throttles it (the first and four retries). */
    static final int MAX_ATTEMPTS = 5;
    /** The longest Retry-After the client waits out; a longer one ends the read with a message. */
    static final long MAX_WAIT_SECONDS = 120;
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern GUID = Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private final URI base;
    private final String token;
    private final HttpClient http;
    private final GraphWait wait;

    private GraphClient(URI base, String token, HttpClient http, GraphWait wait) {
        this.base = base;
        this.token = token;
        this.http = http;
        this.wait = wait;
    }

    /**
     * A client of the Graph at {@code url} (null: {@link #DEFAULT_URL}); "https://graph.microsoft.com/v1.0/" is
     * taken as "https://graph.microsoft.com". Plain http is refused except on this machine (a test server).
     */
    public static GraphClient connect(String url, String token, GraphWait wait) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a Graph token is needed (set CANOPY_GRAPH_TOKEN, or read saved pages with --pages)");
        }
        String trimmed = token.strip();
        // the JDK refuses such a header with a message that quotes it, token and all: refuse it here, quoting nothing
        if (!trimmed.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new IllegalArgumentException("the Graph token holds a space or a character a token cannot have;"
                    + " copy only the access token itself");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NEVER).build();
        return new GraphClient(address(url), trimmed, http, wait);
    }

    /** The Graph address as given, checked; refused with a sentence naming it. */
    static URI address(String url) {
        String given = url == null || url.isBlank() ? DEFAULT_URL : url.strip();
        String trimmed = given.replaceAll("/+$", "").replaceAll("(?i)/v1\\.0$", "");
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the Graph address \"" + given + "\" is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("the Graph address \"" + given + "\" must be an https:// URL such as " + DEFAULT_URL);
        }
        if (scheme.equals("http") && !loopback(uri.getHost())) {
            throw new IllegalArgumentException("the Graph address \"" + given + "\" is plain http: the token would travel unencrypted; use https://");
        }
        return uri;
    }

    private static boolean loopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1");
    }

    /** Every user of the directory, page by page, to {@code sink}. */
    public GraphRead users(Consumer<GraphUser> sink, GraphProgress progress) throws GraphCallFailed, GraphCancelled {
        return list("/v1.0/users?$select=" + USER_FIELDS + "&$top=999", "GET /v1.0/users", sink, progress);
    }

    /** The users who are direct members of the group (nested groups, devices and apps are left out and counted). */
    public GraphRead members(GraphGroup group, Consumer<GraphUser> sink, GraphProgress progress) throws GraphCallFailed, GraphCancelled {
        String id = encode(group.id());
        return list("/v1.0/groups/" + id + "/members?$select=" + USER_FIELDS + "&$top=999",
                "GET /v1.0/groups/" + group.id() + "/members (" + group.displayName() + ")", sink, progress);
    }

    /** The group with this object id, or the one group with this display name (ignoring case, as Graph compares). */
    public GraphGroup group(String nameOrId, GraphProgress progress) throws GraphCallFailed, GraphCancelled {
        String wanted = nameOrId == null ? "" : nameOrId.strip();
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("--group needs a group's name or object id");
        }
        String filter = GUID.matcher(wanted).matches()
                ? "id eq '" + wanted + "'"
                : "displayName eq '" + wanted.replace("'", "''") + "'";
        List<GraphGroup> found = new java.util.ArrayList<>();
        URI first = base.resolve("/v1.0/groups?$select=id,displayName&$filter=" + encode(filter));
        read(first, "GET /v1.0/groups", progress, body -> {
            try {
                GraphPage.Groups page = GraphPage.groups(body);
                found.addAll(page.groups());
                return page.nextLink();
            } catch (GraphPage.Malformed malformed) {
                throw new GraphCallFailed(200, "", "GET /v1.0/groups answered with a page that " + malformed.sentence());
            }
        });
        if (found.isEmpty()) {
            throw new GraphCallFailed(404, "", "Graph has no group " + (GUID.matcher(wanted).matches() ? "with id " : "named ") + "\"" + wanted + "\".");
        }
        if (found.size() > 1) {
            throw new GraphCallFailed(0, "", found.size() + " groups are named \"" + wanted + "\"; give one's object id with --group: "
                    + String.join(", ", found.stream().map(GraphGroup::id).toList()) + ".");
        }
        return found.get(0);
    }

    private GraphRead list(String path, String request, Consumer<GraphUser> sink, GraphProgress progress) throws GraphCallFailed, GraphCancelled {
        int[] counts = new int[3];  // users, pages, not users
        read(base.resolve(path), request, progress, body -> {
            GraphPage page;
            try {
                page = GraphPage.parse(body, counts[1] + 1);
            } catch (GraphPage.Malformed malformed) {
                throw new GraphCallFailed(200, "", name(request, counts[1] + 1) + " answered with a page that " + malformed.sentence());
            }
            page.users().forEach(sink);
            counts[0] += page.users().size();
            counts[1]++;
            counts[2] += page.notUsers();
            progress.read(counts[0], counts[1]);
            return page.nextLink();
        });
        return new GraphRead(counts[0], counts[1], counts[2]);
    }

    /** What is done with each page's body; returns the next page's link, or null after the last. */
    @FunctionalInterface
    private interface PageStep {
        String take(byte[] body) throws GraphCallFailed;
    }

    private void read(URI first, String request, GraphProgress progress, PageStep step) throws GraphCallFailed, GraphCancelled {
        URI next = first;
        for (int page = 1; next != null; page++) {
            if (progress.isCancelled()) {
                throw new GraphCancelled();
            }
            String link = step.take(get(next, name(request, page), progress));
            next = link == null ? null : sameOrigin(link, request);
        }
    }

    private static String name(String request, int page) {
        return page == 1 ? request : request + " (page " + page + ")";
    }

    /** A next link must stay on the Graph address: the token is never sent anywhere else. */
    private URI sameOrigin(String link, String request) throws GraphCallFailed {
        URI uri;
        try {
            uri = URI.create(link);
        } catch (IllegalArgumentException e) {
            throw new GraphCallFailed(200, "", request + ": Graph's @odata.nextLink is not a valid URL.");
        }
        if (!uri.isAbsolute()) {
            return base.resolve(uri);
        }
        if (!base.getScheme().equalsIgnoreCase(uri.getScheme()) || !base.getHost().equalsIgnoreCase(uri.getHost()) || base.getPort() != uri.getPort()) {
            throw new GraphCallFailed(200, "", request + ": Graph's @odata.nextLink points to another host (" + uri.getHost()
                    + "); the token is only sent to " + base.getHost() + ".");
        }
        return uri;
    }

    /** The body of a successful answer, after waiting out throttling; any other answer fails naming the request. */
    private byte[] get(URI uri, String request, GraphProgress progress) throws GraphCallFailed, GraphCancelled {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri).timeout(CALL_TIMEOUT).header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token).GET().build(), request, progress);
            int status = response.statusCode();
            if (status / 100 == 2) {
                return response.body();
            }
            if (!GraphAnswers.throttled(status)) {
                throw GraphAnswers.failure(request, status, response.body());
            }
            long seconds = GraphAnswers.retryAfterSeconds(response.headers().firstValue("Retry-After").orElse(null), attempt);
            if (attempt == MAX_ATTEMPTS) {
                throw new GraphCallFailed(status, "", request + ": Graph is still throttling (HTTP " + status + ") after " + MAX_ATTEMPTS
                        + " attempts; try again in a few minutes.");
            }
            if (seconds > MAX_WAIT_SECONDS) {
                throw new GraphCallFailed(status, "", request + ": Graph asks to wait " + seconds + " s before trying again (HTTP " + status
                        + "); try again later.");
            }
            wait.pause(seconds * 1000, progress);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest request, String name, GraphProgress progress) throws GraphCallFailed, GraphCancelled {
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            while (true) {
                if (progress.isCancelled()) {
                    answer.cancel(true);
                    throw new GraphCancelled();
                }
                try {
                    return answer.get(GraphWait.STEP_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillWaiting) {
                    // look at the cancel again
                }
            }
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new GraphCancelled();
        } catch (ExecutionException e) {
            throw GraphAnswers.unreachable(name, base, e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
