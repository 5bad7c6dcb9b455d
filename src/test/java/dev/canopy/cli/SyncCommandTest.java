package dev.canopy.cli;

import dev.canopy.server.AccountStore;
import dev.canopy.server.ApiServer;
import dev.canopy.server.ApiSettings;
import dev.canopy.server.ServerDatabase;
import dev.canopy.server.ServerSync;
import dev.canopy.server.TokenAuthenticator;
import dev.canopy.server.TokenSecrets;
import dev.canopy.store.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code canopy sync} against the real server: it never asks, so a first contact that needs a choice exits 2 naming the flag. */
class SyncCommandTest {

    @TempDir
    Path temp;

    private ServerDatabase database;
    private ApiServer server;
    private Path tokenFile;
    private String previousConfig;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void start() throws Exception {
        database = ServerDatabase.open("jdbc:h2:file:" + temp.resolve("server/db") + ";DB_CLOSE_DELAY=0", "sa", null);
        server = ApiServer.start(ApiSettings.defaults("127.0.0.1", 0, null), new TokenAuthenticator(database.dataSource(), Clock.systemUTC()),
                new ServerSync(database.dataSource(), Clock.systemUTC()), database.schemaVersion());
        String token = new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC())
                .issue("alex@northwind.example", null).token();
        tokenFile = Files.writeString(temp.resolve("token.txt"), token + "\n");
        previousConfig = System.setProperty("canopy.config", temp.resolve("config").toString());
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        if (previousConfig == null) {
            System.clearProperty("canopy.config");
        } else {
            System.setProperty("canopy.config", previousConfig);
        }
        server.close();
        database.close();
    }

    private int sync(Path folder, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "--data-dir";
        args[1] = folder.toString();
        args[2] = "sync";
        System.arraycopy(more, 0, args, 3, more.length);
        return Main.run(args);
    }

    private String url() {
        return "http://127.0.0.1:" + server.port();
    }

    @Test
    void neverSyncedDataToAnEmptyServerNeedsPublishThenSyncsWithTheSavedConnection() {
        Path laptop = temp.resolve("laptop");
        assertThat(Main.run("--data-dir", laptop.toString(), "sample", "--tenants", "12", "--computers", "30")).isZero();

        assertThat(sync(laptop, "--server", url(), "--token-file", tokenFile.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--publish").doesNotContain("Exception");

        assertThat(sync(laptop, "--server", url(), "--token-file", tokenFile.toString(), "--publish")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Synced with " + url());

        assertThat(sync(laptop)).as("the saved connection").isZero();
        Path other = temp.resolve("other");
        assertThat(sync(other, "--server", url(), "--token-file", tokenFile.toString())).as("an empty folder downloads").isZero();
        try (LocalStore store = LocalStore.open(other)) {
            assertThat(store.loadHierarchy().size()).isEqualTo(12);
            assertThat(store.loadHierarchy().totalComputers()).isEqualTo(30);
        }
    }

    @Test
    void withoutAServerOrAReachableOneItExitsWithAReason() throws Exception {
        Path laptop = temp.resolve("laptop");
        assertThat(sync(laptop)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not connected to a server");

        int port = server.port();
        server.close();
        assertThat(sync(laptop, "--server", "http://127.0.0.1:" + port, "--token-file", tokenFile.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot be reached");
        server = ApiServer.start(ApiSettings.defaults("127.0.0.1", 0, null), new TokenAuthenticator(database.dataSource(), Clock.systemUTC()),
                new ServerSync(database.dataSource(), Clock.systemUTC()), database.schemaVersion());
    }

    @Test
    void aDamagedConnectionsFileIsNamedNotDumped() throws Exception {
        Path config = temp.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("connections.json"), "{not json");

        assertThat(sync(temp.resolve("laptop"))).isEqualTo(1);

        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(said).contains("connections.json").contains("cannot be read").doesNotContain("\tat ");
    }
}
