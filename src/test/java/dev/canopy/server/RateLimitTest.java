package dev.canopy.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-token rate limiting on a server allowing 3 requests a minute per token. */
class RateLimitTest {

    private static ServerDatabase database;
    private static ApiServer server;
    private static AccountStore accounts;

    @BeforeAll
    static void start() {
        database = TestDatabases.h2Only().fresh("h2");
        accounts = new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC());
        server = ApiServer.start(new ApiSettings("127.0.0.1", 0, 1024, 3, Duration.ofMinutes(1), null),
                new TokenAuthenticator(database.dataSource(), Clock.systemUTC()), new ServerSync(database.dataSource(), Clock.systemUTC()), 1);
    }

    @AfterAll
    static void stop() {
        server.close();
        database.close();
    }

    @Test
    void aTokenOverItsLimitGets429WithRetryAfterWhileOtherTokensGoOn() throws Exception {
        IssuedToken busy = accounts.issue("busy@example.com", null);
        for (int i = 0; i < 3; i++) {
            assertThat(pull(busy).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = pull(busy);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("\"error\":\"rate_limited\"").contains("too many requests with this token");
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);

        IssuedToken other = accounts.issue("other@example.com", dev.canopy.domain.person.Role.TECHNICIAN);
        assertThat(pull(other).statusCode()).as("the limit is per token").isEqualTo(200);
        assertThat(health().statusCode()).as("health takes no token and no permit").isEqualTo(200);
    }

    private static HttpResponse<String> pull(IssuedToken token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                .uri(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/sync/pull"))
                .header("Authorization", "Bearer " + token.token()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> health() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                .uri(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
