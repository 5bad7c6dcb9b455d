package dev.canopy.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** --tls-keystore: HTTPS with a PKCS12 keystore made here by keytool, reached by a client that trusts its certificate. */
class TlsTest {

    private static final String PASSWORD = "test-store-pass";

    @TempDir
    static Path temp;
    private static Path keystore;

    @BeforeAll
    static void makeKeystore() throws Exception {
        keystore = temp.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "canopy", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }

    @Test
    void servesHttpsToAClientThatTrustsTheCertificate() throws Exception {
        try (ServerDatabase database = TestDatabases.h2Only().fresh("h2");
             ApiServer server = start(database, new ApiSettings.Tls(keystore, PASSWORD))) {
            HttpResponse<String> response = trustingClient().send(HttpRequest.newBuilder()
                    .uri(URI.create("https://localhost:" + server.port() + "/api/v1/health")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"status\":\"ok\"");

            HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpRequest overHttp = HttpRequest.newBuilder().uri(URI.create("http://localhost:" + server.port() + "/api/v1/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            // plain HTTP to the TLS port gets no API answer: Jetty answers 400 or drops the connection
            int status;
            try {
                status = plain.send(overHttp, HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (java.io.IOException dropped) {
                status = -1;
            }
            assertThat(status).isNotEqualTo(200);
        }
    }

    @Test
    void aWrongKeystorePasswordStopsTheStartWithAClearReason() {
        try (ServerDatabase database = TestDatabases.h2Only().fresh("h2")) {
            assertThatThrownBy(() -> start(database, new ApiSettings.Tls(keystore, "wrong")))
                    .isInstanceOf(ServerStartException.class)
                    .hasMessageStartingWith("cannot open the TLS keystore " + keystore)
                    .hasMessageContaining("CANOPY_TLS_PASSWORD");
            assertThatThrownBy(() -> start(database, new ApiSettings.Tls(temp.resolve("missing.p12"), PASSWORD)))
                    .isInstanceOf(ServerStartException.class)
                    .hasMessageStartingWith("cannot open the TLS keystore " + temp.resolve("missing.p12"));
        }
    }

    private static ApiServer start(ServerDatabase database, ApiSettings.Tls tls) {
        return ApiServer.start(ApiSettings.defaults("127.0.0.1", 0, tls),
                new TokenAuthenticator(database.dataSource(), Clock.systemUTC()), new ServerSync(database.dataSource(), Clock.systemUTC()),
                database.schemaVersion());
    }

    private static HttpClient trustingClient() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(ssl).build();
    }
}
