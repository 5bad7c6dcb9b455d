package dev.canopy.server;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.canopy.domain.person.Role;
import dev.canopy.sync.Change;
import dev.canopy.sync.MutationResult;
import dev.canopy.sync.PullResponse;
import dev.canopy.sync.PushRequest;
import dev.canopy.sync.PushResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP layer through raw requests on a real port, with a test double behind it for the sync service. */
class ApiServerTest {

    private static final long BODY_LIMIT = 4096;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static ServerDatabase database;
    private static AccountStore accounts;
    private static ApiServer server;
    private static IssuedToken admin;
    private static final RecordingSync SYNC = new RecordingSync();

    private ListAppender<ILoggingEvent> requestLog;
    private ListAppender<ILoggingEvent> errorLog;

    @BeforeAll
    static void start() {
        database = TestDatabases.h2Only().fresh("h2");
        accounts = new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC());
        admin = accounts.issue("admin@example.com", null);
        server = ApiServer.start(new ApiSettings("127.0.0.1", 0, BODY_LIMIT, 10_000, Duration.ofMinutes(1), null),
                new TokenAuthenticator(database.dataSource(), Clock.systemUTC()), SYNC, database.schemaVersion());
    }

    @AfterAll
    static void stop() {
        server.close();
        database.close();
    }

    @BeforeEach
    void captureLogs() {
        SYNC.reset();
        requestLog = capture(RequestLog.class);
        errorLog = capture(ErrorResponses.class);
    }

    @AfterEach
    void releaseLogs() {
        ((Logger) LoggerFactory.getLogger(RequestLog.class)).detachAppender(requestLog);
        ((Logger) LoggerFactory.getLogger(ErrorResponses.class)).detachAppender(errorLog);
    }

    @Test
    void healthNeedsNoTokenAndReportsProtocolAndSchema() throws Exception {
        HttpResponse<String> response = get("/api/v1/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("{\"status\":\"ok\",\"protocol\":1,\"schema\":4}"));
    }

    @Test
    void aMissingOrWrongTokenIs401WithAReason() throws Exception {
        assertError(get("/api/v1/sync/pull", null), 401, "unauthorized", "this route needs a token");
        assertError(get("/api/v1/sync/pull", "Basic YWRtaW46YWRtaW4="), 401, "unauthorized", "must be 'Bearer <token>'");
        String wrong = "Bearer " + new TokenSecrets(new SecureRandom()).newToken();
        HttpResponse<String> response = get("/api/v1/sync/pull", wrong);
        assertError(response, 401, "unauthorized", "this token is not known to this server");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"canopy\"");
        assertThat(SYNC.pulls).isZero();
    }

    @Test
    void aRevokedTokenIs401() throws Exception {
        IssuedToken token = accounts.issue("leaver@example.com", Role.TECHNICIAN);
        assertThat(get("/api/v1/sync/pull", bearer(token)).statusCode()).isEqualTo(200);
        accounts.revoke(token.tokenId());
        assertError(get("/api/v1/sync/pull", bearer(token)), 401, "unauthorized", "this token has been revoked");
    }

    @Test
    void anUnknownRouteIs404() throws Exception {
        assertError(get("/api/v1/nothing-here", bearer(admin)), 404, "not_found", "no route GET /api/v1/nothing-here");
        assertError(get("/api/v2/health", null), 404, "not_found", "no route GET /api/v2/health");
    }

    @Test
    void aKnownRouteWithTheWrongMethodIs405NamingTheAllowedOnes() throws Exception {
        HttpResponse<String> getPush = get("/api/v1/sync/push", null);
        assertError(getPush, 405, "method_not_allowed", "GET is not allowed on /api/v1/sync/push; it takes POST");
        assertThat(getPush.headers().firstValue("Allow")).hasValue("POST");
        HttpResponse<String> deletePull = send(server.port(), HttpRequest.newBuilder().uri(uri(server.port(), "/api/v1/sync/pull"))
                .header("Authorization", bearer(admin)).DELETE());
        assertError(deletePull, 405, "method_not_allowed", "DELETE is not allowed on /api/v1/sync/pull; it takes GET");
        assertThat(deletePull.headers().firstValue("Allow")).hasValue("GET");
        assertThat(SYNC.pulls).isZero();
        assertThat(SYNC.pushes).isZero();
    }

    @Test
    void pullHandsTheCallerAndCursorToTheServiceAndReturnsItsChanges() throws Exception {
        UUID id = UUID.fromString("6f1c2a44-93e5-4a9b-8d27-0c8e2a1b5f10");
        SYNC.pullAnswer = new PullResponse(List.of(new Change(8, "tenant", id, Change.UPSERT, Map.of("name", "Acme"))), 8, true, 3);
        HttpResponse<String> response = get("/api/v1/sync/pull?since=7&limit=50", bearer(admin));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("""
                {"changes":[{"seq":8,"entity":"tenant","id":"6f1c2a44-93e5-4a9b-8d27-0c8e2a1b5f10","op":"UPSERT",
                 "record":{"name":"Acme"}}],"cursor":8,"hasMore":true,"lastMutationId":3}"""));
        assertThat(SYNC.caller).isEqualTo(new Caller(admin.accountId(), "admin@example.com", Role.MSP_ADMIN, null));
        assertThat(SYNC.since).isEqualTo(7);
        assertThat(SYNC.limit).isEqualTo(50);

        get("/api/v1/sync/pull", bearer(admin));
        assertThat(SYNC.since).as("since defaults to the start").isZero();
        assertThat(SYNC.limit).as("limit defaults to 1000").isEqualTo(1000);
    }

    @Test
    void badPullParametersAre400NamingTheParameter() throws Exception {
        assertError(get("/api/v1/sync/pull?since=-1", bearer(admin)), 400, "bad_request", "since must be 0 or more, got -1");
        assertError(get("/api/v1/sync/pull?since=abc", bearer(admin)), 400, "bad_request", "since must be a whole number, got 'abc'");
        assertError(get("/api/v1/sync/pull?limit=0", bearer(admin)), 400, "bad_request", "limit must be between 1 and 5000, got 0");
        assertError(get("/api/v1/sync/pull?limit=5001", bearer(admin)), 400, "bad_request", "limit must be between 1 and 5000, got 5001");
        assertThat(SYNC.pulls).isZero();
    }

    @Test
    void pushParsesTheBodyIgnoringUnknownPropertiesAndReturnsTheResults() throws Exception {
        SYNC.pushAnswer = new PushResponse(2, List.of(new MutationResult(1, MutationResult.APPLIED, null, null),
                new MutationResult(2, MutationResult.CONFLICT, "renamed meanwhile", Map.of("name", "Acme Ltd"))), 12);
        HttpResponse<String> response = post("/api/v1/sync/push", bearer(admin), """
                {"clientId":"laptop-1","dryRun":true,"futureField":{"x":1},"mutations":[
                  {"id":1,"name":"RenameTenant","args":{"name":"Acme"},"baseVersion":4,"fields":["name"],"extra":1},
                  {"id":2,"name":"MoveTenant","args":{},"baseVersion":0,"fields":[]}]}""");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("""
                {"lastMutationId":2,"results":[{"id":1,"status":"APPLIED","reason":null,"current":null},
                 {"id":2,"status":"CONFLICT","reason":"renamed meanwhile","current":{"name":"Acme Ltd"}}],"cursor":12}"""));
        assertThat(SYNC.pushed.clientId()).isEqualTo("laptop-1");
        assertThat(SYNC.pushed.dryRun()).isTrue();
        assertThat(SYNC.pushed.mutations()).hasSize(2);
        assertThat(SYNC.pushed.mutations().get(0).args()).isEqualTo(Map.of("name", "Acme"));
        assertThat(SYNC.pushed.mutations().get(0).fields()).containsExactly("name");
        assertThat(SYNC.caller.email()).isEqualTo("admin@example.com");
    }

    @Test
    void aBodyThatIsNotJsonIs400WithLineAndColumn() throws Exception {
        HttpResponse<String> response = post("/api/v1/sync/push", bearer(admin), "{\"clientId\": \"a\",\n  mutations: []}");
        assertError(response, 400, "bad_request", "the body is not JSON: ");
        assertThat(reason(response)).contains("(line 2, column 3)");
        assertError(post("/api/v1/sync/push", bearer(admin), ""), 400, "bad_request", "the body is empty");
        assertThat(SYNC.pushes).isZero();
    }

    @Test
    void aBadFieldIs400NamingTheFieldAndValue() throws Exception {
        assertError(push("{\"mutations\":[]}"), 400, "bad_request", "clientId is missing");
        assertError(push("{\"clientId\":\"" + "x".repeat(101) + "\",\"mutations\":[]}"), 400, "bad_request",
                "clientId must be 1 to 100 characters and not blank, got 101 characters");
        assertError(push("{\"clientId\":\"c\"}"), 400, "bad_request", "mutations is missing");
        assertError(push("{\"clientId\":\"c\",\"mutations\":[{\"id\":0,\"name\":\"A\"}]}"), 400, "bad_request",
                "mutations[0].id must be positive, got 0");
        assertError(push("{\"clientId\":\"c\",\"mutations\":[{\"id\":5,\"name\":\"A\"},{\"id\":5,\"name\":\"B\"}]}"), 400,
                "bad_request", "mutations[1].id must be greater than mutations[0].id (5), got 5");
        assertError(push("{\"clientId\":\"c\",\"mutations\":[{\"id\":1,\"name\":\" \"}]}"), 400, "bad_request",
                "mutations[0].name must not be empty");
        HttpResponse<String> wrongType = push("{\"clientId\":\"c\",\"mutations\":[{\"id\":\"one\",\"name\":\"A\"}]}");
        assertError(wrongType, 400, "bad_request", "field mutations[0].id must be a whole number (line 1, column ");
        assertError(push("{\"clientId\":\"c\",\"mutations\":\"none\"}"), 400, "bad_request", "field mutations must be a list");
        assertThat(SYNC.pushes).isZero();
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        String big = "{\"clientId\":\"c\",\"mutations\":[],\"pad\":\"" + "x".repeat((int) BODY_LIMIT) + "\"}";
        assertError(push(big), 413, "too_large", "the request body is larger than this server accepts (4096 bytes)");
        assertThat(SYNC.pushes).isZero();
    }

    @Test
    void refusalsFromTheServiceKeepTheirStatusAndReason() throws Exception {
        SYNC.failure = SyncException.forbidden("tenant Contoso is outside your scope");
        assertError(push("{\"clientId\":\"c\",\"mutations\":[]}"), 403, "forbidden", "tenant Contoso is outside your scope");
        SYNC.failure = SyncException.reset("the server was restored from a backup; pull from the start");
        assertError(get("/api/v1/sync/pull?since=99", bearer(admin)), 409, "reset", "the server was restored from a backup");
        SYNC.failure = SyncException.badRequest("unknown mutation RenameTenantX");
        assertError(push("{\"clientId\":\"c\",\"mutations\":[]}"), 400, "bad_request", "unknown mutation RenameTenantX");
    }

    @Test
    void anUnexpectedFailureIs500WithoutInternalsAndTheLogHasTheStackTrace() throws Exception {
        SYNC.failure = new IllegalStateException("select secret from api_token where x = 1",
                new java.sql.SQLException("ERROR: relation \"server_record\" does not exist"));
        HttpResponse<String> response = get("/api/v1/sync/pull", bearer(admin));
        assertError(response, 500, "internal", "the server failed to answer this request (ref ");
        assertThat(reason(response)).endsWith("the cause is in the server log");
        assertThat(response.body()).doesNotContain("select", "api_token", "SQLException", "server_record", "at dev.canopy",
                "IllegalStateException");

        String ref = reason(response).replaceAll(".*\\(ref ([0-9a-f]+)\\).*", "$1");
        ILoggingEvent logged = errorLog.list.stream().filter(e -> e.getFormattedMessage().contains(ref)).findFirst().orElseThrow();
        String trace = ThrowableProxyUtil.asString(logged.getThrowableProxy());
        assertThat(trace).contains("select secret from api_token", "Caused by: java.sql.SQLException", "server_record",
                "at dev.canopy.server.ApiServerTest");
    }

    @Test
    void eachRequestIsLoggedOnceWithThePersonAndNeverTheToken() throws Exception {
        get("/api/v1/sync/pull?since=3", bearer(admin));
        get("/api/v1/health", null);
        get("/api/v1/sync/pull", "Bearer " + admin.token() + "x");

        List<String> lines = awaitLines(3);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("time=\\S+Z who=admin@example.com/" + admin.accountId()
                + " method=GET route=/api/v1/sync/pull status=200 ms=\\d+");
        assertThat(lines.get(1)).matches("time=\\S+ who=- method=GET route=/api/v1/health status=200 ms=\\d+");
        assertThat(lines.get(2)).contains("who=-", "status=401");
        String secret = admin.token().substring(TokenSecrets.PREFIX.length());
        assertThat(requestLog.list).allSatisfy(event -> {
            assertThat(event.getFormattedMessage()).doesNotContain(secret).doesNotContain("Bearer").doesNotContain("since=3");
            assertThat(String.valueOf(event.getKeyValuePairs())).doesNotContain(secret);
        });
    }

    @Test
    void aRealServerAppliesAPushOverHttpAndItsPullReturnsTheRecordsNeverATraceOnBadArguments() throws Exception {
        try (ServerDatabase db = TestDatabases.h2Only().fresh("h2");
             ApiServer real = ApiServer.start(ApiSettings.defaults("127.0.0.1", 0, null),
                     new TokenAuthenticator(db.dataSource(), Clock.systemUTC()), new ServerSync(db.dataSource(), Clock.systemUTC()),
                     db.schemaVersion())) {
            IssuedToken token = new AccountStore(db.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC())
                    .issue("admin@example.com", null);
            String root = "11111111-1111-1111-1111-111111111111";
            HttpResponse<String> pushed = send(real.port(), HttpRequest.newBuilder().uri(uri(real.port(), "/api/v1/sync/push"))
                    .header("Authorization", bearer(token))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"clientId\":\"laptop-1\",\"mutations\":["
                            + "{\"id\":1,\"name\":\"tenant.create\",\"args\":{\"id\":\"" + root + "\",\"parentId\":null,\"name\":\"Northwind\"},\"baseVersion\":0},"
                            + "{\"id\":2,\"name\":\"tenant.update\",\"args\":{\"id\":\"" + root + "\",\"parentId\":\"not-a-uuid\"},\"baseVersion\":1}]}")));
            assertThat(pushed.statusCode()).isEqualTo(200);
            PushResponse push = JSON.readValue(pushed.body(), PushResponse.class);
            assertThat(push.results()).as(pushed.body()).extracting(MutationResult::status).containsExactly("APPLIED", "REJECTED");
            assertThat(push.results().get(1).reason()).contains("parentId").doesNotContain("Exception").doesNotContain("at dev.");
            assertThat(push.lastMutationId()).isEqualTo(2);

            HttpResponse<String> pulled = send(real.port(), HttpRequest.newBuilder().uri(uri(real.port(), "/api/v1/sync/pull?since=0"))
                    .header("Authorization", bearer(token)).GET());
            PullResponse pull = JSON.readValue(pulled.body(), PullResponse.class);
            assertThat(pull.changes()).singleElement().satisfies(c -> {
                assertThat(c.op()).isEqualTo("UPSERT");
                assertThat(c.record()).containsEntry("name", "Northwind").containsEntry("kind", "MSP");
            });
            assertThat(pull.cursor()).isEqualTo(1);
        }
    }

    // --- helpers ---

    private static ListAppender<ILoggingEvent> capture(Class<?> loggerOf) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(loggerOf)).addAppender(appender);
        return appender;
    }

    /** The request line is written after the response is sent, so wait briefly for it. */
    private List<String> awaitLines(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (requestLog.list.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return requestLog.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    static String bearer(IssuedToken token) {
        return "Bearer " + token.token();
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(int port, HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder().uri(uri(server.port(), path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(server.port(), request);
    }

    private static HttpResponse<String> post(String path, String authorization, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder().uri(uri(server.port(), path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(server.port(), request);
    }

    private static HttpResponse<String> push(String body) throws Exception {
        return post("/api/v1/sync/push", bearer(admin), body);
    }

    private static String reason(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).path("reason").asText();
    }

    private static void assertError(HttpResponse<String> response, int status, String code, String reasonPart) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("error").asText()).as(response.body()).isEqualTo(code);
        assertThat(body.path("reason").asText()).as(response.body()).contains(reasonPart);
        assertThat(body.size()).as("only error and reason").isEqualTo(2);
    }

    /** The sync service double: records what it was handed, answers what the test set, or throws its failure. */
    static final class RecordingSync implements SyncService {
        volatile Caller caller;
        volatile PushRequest pushed;
        volatile long since = -1;
        volatile int limit = -1;
        volatile int pushes;
        volatile int pulls;
        volatile RuntimeException failure;
        volatile PushResponse pushAnswer;
        volatile PullResponse pullAnswer;

        void reset() {
            caller = null;
            pushed = null;
            since = -1;
            limit = -1;
            pushes = 0;
            pulls = 0;
            failure = null;
            pushAnswer = new PushResponse(0, List.of(), 0);
            pullAnswer = new PullResponse(List.of(), 0, false, 0);
        }

        @Override
        public PushResponse push(Caller caller, PushRequest request) {
            pushes++;
            this.caller = caller;
            this.pushed = request;
            if (failure != null) {
                throw failure;
            }
            return pushAnswer;
        }

        @Override
        public PullResponse pull(Caller caller, long since, int limit) {
            pulls++;
            this.caller = caller;
            this.since = since;
            this.limit = limit;
            if (failure != null) {
                throw failure;
            }
            return pullAnswer;
        }
    }
}
