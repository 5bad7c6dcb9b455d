package dev.canopy.sync.client;

import dev.canopy.server.AccountStore;
import dev.canopy.server.ApiServer;
import dev.canopy.server.ApiSettings;
import dev.canopy.server.ServerDatabase;
import dev.canopy.server.ServerSync;
import dev.canopy.server.TokenAuthenticator;
import dev.canopy.server.TokenSecrets;
import dev.canopy.sync.Identity;
import dev.canopy.sync.PushRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client's calls against the real server over loopback HTTP: answers, refusals and an unreachable server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpServerApiTest {

    @TempDir
    static Path folder;

    private ServerDatabase database;
    private ApiServer server;
    private String token;

    @BeforeAll
    void start() {
        database = ServerDatabase.open("jdbc:h2:file:" + folder.resolve("server") + ";DB_CLOSE_DELAY=0", "sa", null);
        server = ApiServer.start(ApiSettings.defaults("127.0.0.1", 0, null), new TokenAuthenticator(database.dataSource(), Clock.systemUTC()),
                new ServerSync(database.dataSource(), Clock.systemUTC()), database.schemaVersion());
        token = new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC())
                .issue("alex@northwind.example", null).token();
    }

    @AfterAll
    void stop() {
        server.close();
        database.close();
    }

    private HttpServerApi api(String withToken) {
        return HttpServerApi.to(new ServerConnection(URI.create("http://127.0.0.1:" + server.port() + "/"), withToken));
    }

    @Test
    void healthAndIdentityOfAFreshServer() throws Exception {
        assertThat(api(token).health().protocol()).isEqualTo(1);
        Identity me = api(token).identity();
        assertThat(me.email()).isEqualTo("alex@northwind.example");
        assertThat(me.role()).isEqualTo("MSP_ADMIN");
        assertThat(me.serverHasTenants()).isFalse();
    }

    @Test
    void aWrongTokenIsRefusedWithTheServersReason() {
        assertThatThrownBy(() -> api("cnp_not-a-token").identity())
                .isInstanceOfSatisfying(ServerCallFailed.class, failed -> {
                    assertThat(failed.status()).isEqualTo(401);
                    assertThat(failed.retryable()).isFalse();
                    assertThat(failed.getMessage()).isEqualTo("this token is not known to this server");
                });
    }

    @Test
    void aMalformedPushIsRefusedNamingTheField() {
        assertThatThrownBy(() -> api(token).push(new PushRequest(" ", List.of(), false)))
                .isInstanceOfSatisfying(ServerCallFailed.class, failed -> {
                    assertThat(failed.status()).isEqualTo(400);
                    assertThat(failed.getMessage()).contains("clientId");
                });
    }

    @Test
    void aServerThatIsNotThereIsUnreachableAndWorthRetrying() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpServerApi nowhere = HttpServerApi.to(new ServerConnection(URI.create("http://127.0.0.1:" + closedPort), token));
        assertThatThrownBy(nowhere::health).isInstanceOfSatisfying(ServerCallFailed.class, failed -> {
            assertThat(failed.status()).isZero();
            assertThat(failed.retryable()).isTrue();
            assertThat(failed.getMessage()).contains("cannot be reached");
        });
        assertThat(SyncFailures.of(catchFailure(nowhere)).kind()).isEqualTo(SyncFailure.Kind.OFFLINE);
    }

    private static ServerCallFailed catchFailure(HttpServerApi api) {
        try {
            api.health();
            throw new AssertionError("expected the call to fail");
        } catch (ServerCallFailed failed) {
            return failed;
        }
    }
}
