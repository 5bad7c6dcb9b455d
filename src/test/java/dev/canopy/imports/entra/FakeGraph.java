package dev.canopy.imports.entra;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Microsoft Graph-shaped server on loopback: {@code /v1.0/users} in three pages linked by {@code @odata.nextLink},
 * {@code /v1.0/groups} with {@code $filter} by display name or id, a group's {@code /members} (users and a nested
 * group), Graph's error bodies for a bad token or an unknown group, and scripted answers (throttling with Retry-After,
 * a 500, an expired token, an HTML page) served before the normal ones.
 */
public final class FakeGraph implements AutoCloseable {

    public static final String TOKEN = "eyJ0eXAiOiJKV1QifQ.test-graph-token.signature";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FILTER = Pattern.compile("^(displayName|id) eq '(.*)'$");

    /** An answer served instead of the normal one. */
    public record Answer(int status, String contentType, String body, Map<String, String> headers) {
    }

    public static Answer throttled(int status, String retryAfter) {
        return new Answer(status, "application/json", error("TooManyRequests", "Too many requests; retry later."),
                retryAfter == null ? Map.of() : Map.of("Retry-After", retryAfter));
    }

    public static Answer graphError(int status, String code, String message) {
        return new Answer(status, "application/json", error(code, message), Map.of());
    }

    public static Answer html(int status) {
        return new Answer(status, "text/html", "<!DOCTYPE html><html><head><title>Sign in to your account</title></head><body>…</body></html>", Map.of());
    }

    static Answer page(String json) {
        return new Answer(200, "application/json", json, Map.of());
    }

    static String error(String code, String message) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"innerError\":{\"request-id\":\"7c1e\"}}}";
    }

    static Map<String, Object> user(String id, String name, String mail, String upn, Boolean enabled, String type) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("id", id);
        u.put("displayName", name);
        u.put("mail", mail);
        u.put("userPrincipalName", upn);
        u.put("accountEnabled", enabled);
        u.put("userType", type);
        return u;
    }

    /** The directory: Ada and Ben (disabled), then a guest, then Cy (no mail, a UPN) and Dee. */
    static final List<List<Map<String, Object>>> PAGES = List.of(
            List.of(user("id-ada", "Ada Lovelace", "Ada@Contoso.example", "ada@contoso.example", true, "Member"),
                    user("id-ben", "Ben Okafor", "ben@contoso.example", "ben@contoso.example", false, "Member")),
            List.of(user("id-gus", "Gus Guest", "gus@partner.example", "gus_partner.example#EXT#@contoso.onmicrosoft.com", true, "Guest")),
            List.of(user("id-cy", "Cy Young", null, "cy@contoso.example", true, "Member"),
                    user("id-dee", "Dee Park", "dee@contoso.example", "dee@contoso.example", true, "Member")));

    private final Javalin app;
    private final Deque<Answer> script = new ConcurrentLinkedDeque<>();
    final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());

    public FakeGraph() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.routes.get("/v1.0/users", ctx -> serve(ctx, () -> users(ctx)));
            config.routes.get("/v1.0/groups", ctx -> serve(ctx, () -> groups(ctx)));
            config.routes.get("/v1.0/groups/{id}/members", ctx -> serve(ctx, () -> members(ctx)));
        });
        app.start();
    }

    /** The Authorization header of every request, in order. */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    public String url() {
        return "http://127.0.0.1:" + app.port();
    }

    /** Serves these answers, one a request, before the normal ones. */
    public void then(Answer... answers) {
        script.addAll(List.of(answers));
    }

    private interface Normal {
        Answer answer() throws Exception;
    }

    private void serve(Context ctx, Normal normal) throws Exception {
        requests.add(ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()));
        authorizations.add(ctx.header("Authorization"));
        Answer answer = script.poll();
        if (answer == null) {
            answer = ("Bearer " + TOKEN).equals(ctx.header("Authorization")) ? normal.answer()
                    : graphError(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
        }
        answer.headers().forEach(ctx::header);
        ctx.status(answer.status()).contentType(answer.contentType()).result(answer.body());
    }

    private Answer users(Context ctx) throws Exception {
        int page = ctx.queryParam("$skiptoken") == null ? 0 : Integer.parseInt(ctx.queryParam("$skiptoken"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("@odata.context", url() + "/v1.0/$metadata#users(id,displayName,mail,userPrincipalName,accountEnabled,userType)");
        body.put("value", PAGES.get(page));
        if (page + 1 < PAGES.size()) {
            body.put("@odata.nextLink", url() + "/v1.0/users?$select=" + ctx.queryParam("$select") + "&$skiptoken=" + (page + 1));
        }
        return page(JSON.writeValueAsString(body));
    }

    private static final List<Map<String, Object>> GROUPS = List.of(
            Map.of("id", "00000000-0000-4000-8000-000000000001", "displayName", "Staff"),
            Map.of("id", "00000000-0000-4000-8000-000000000002", "displayName", "Twins"),
            Map.of("id", "00000000-0000-4000-8000-000000000003", "displayName", "Twins"));

    private Answer groups(Context ctx) throws Exception {
        Matcher filter = FILTER.matcher(ctx.queryParam("$filter") == null ? "" : ctx.queryParam("$filter"));
        List<Map<String, Object>> found = GROUPS.stream().filter(g -> !filter.matches()
                || g.get(filter.group(1)).toString().equalsIgnoreCase(filter.group(2).replace("''", "'"))).toList();
        return page(JSON.writeValueAsString(Map.of("@odata.context", url() + "/v1.0/$metadata#groups(id,displayName)", "value", found)));
    }

    private Answer members(Context ctx) throws Exception {
        if (!ctx.pathParam("id").equals("00000000-0000-4000-8000-000000000001")) {
            return graphError(404, "Request_ResourceNotFound", "Resource '" + ctx.pathParam("id") + "' does not exist.");
        }
        Map<String, Object> ada = new LinkedHashMap<>(PAGES.get(0).get(0));
        ada.put("@odata.type", "#microsoft.graph.user");
        Map<String, Object> nested = Map.of("@odata.type", "#microsoft.graph.group", "id", "00000000-0000-4000-8000-000000000009");
        return page(JSON.writeValueAsString(Map.of("value", List.of(ada, nested))));
    }

    @Override
    public void close() {
        app.stop();
    }
}
