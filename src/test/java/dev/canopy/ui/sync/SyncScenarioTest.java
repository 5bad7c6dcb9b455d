package dev.canopy.ui.sync;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.server.AccountStore;
import dev.canopy.server.ApiServer;
import dev.canopy.server.ApiSettings;
import dev.canopy.server.Caller;
import dev.canopy.server.ServerDatabase;
import dev.canopy.server.ServerSync;
import dev.canopy.server.TokenAuthenticator;
import dev.canopy.server.TokenSecrets;
import dev.canopy.sync.Change;
import dev.canopy.sync.client.ServerConnection;
import dev.canopy.sync.client.SyncAgent;
import dev.canopy.sync.client.SyncEngine;
import dev.canopy.sync.client.SyncProgress;
import dev.canopy.ui.AppTestSupport;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole app with the real server over HTTP: a laptop that synced before starts with the server down, an edit
 * made offline shows as pending, and once the server is back Ctrl+Shift+S sends it and the status says when.
 */
@Tag("scenario")
class SyncScenarioTest extends AppTestSupport {

    private final UUID msp = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    private ServerDatabase database;
    private ApiServer server;

    @AfterEach
    void stopServer() {
        System.clearProperty("canopy.config");
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private ApiServer startServer(int port) {
        return ApiServer.start(ApiSettings.defaults("127.0.0.1", port, null), new TokenAuthenticator(database.dataSource(), Clock.systemUTC()),
                new ServerSync(database.dataSource(), Clock.systemUTC()), database.schemaVersion());
    }

    private Label status() {
        return robot.lookup("#syncStatus").queryAs(Label.class);
    }

    @Test
    void anOfflineEditIsPendingUntilTheServerIsBackAndASyncSendsIt() throws Exception {
        database = ServerDatabase.open("jdbc:h2:file:" + folder.resolveSibling(folder.getFileName() + "-server").resolve("db")
                + ";DB_CLOSE_DELAY=0", "sa", null);
        server = startServer(0);
        int port = server.port();
        String token = new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC())
                .issue("alex@northwind.example", null).token();
        String config = folder.resolveSibling(folder.getFileName() + "-config").toString();
        System.setProperty("canopy.config", config);

        launchWithServerDown(token, port, config);
        waitLonger(() -> status().getText().startsWith("Offline"));

        robot.clickOn(cell("Globex")).type(KeyCode.F2);
        robot.write("Globex Offline").type(KeyCode.ENTER);
        waitLonger(() -> status().getText().equals("Offline — 1 pending"));

        server = startServer(port);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitLonger(() -> status().getText().startsWith("Synced at"));

        Caller admin = new Caller(UUID.randomUUID(), "alex@northwind.example", dev.canopy.domain.person.Role.MSP_ADMIN, null);
        assertThat(new ServerSync(database.dataSource(), Clock.systemUTC()).pull(admin, 0, 100).changes().stream()
                .filter(c -> c.id().equals(globex) && c.op().equals(Change.UPSERT))
                .map(c -> c.record().get("name"))).contains("Globex Offline");
    }

    /** The laptop publishes its tree (so it has synced before), then the server goes down and the app starts. */
    private void launchWithServerDown(String token, int port, String config) throws Exception {
        launch(store -> {
            store.execute(new CreateTenant(msp, null, "Northwind"));
            store.execute(new CreateTenant(globex, msp, "Globex"));
            SyncEngine engine = SyncEngine.overHttp(store, java.nio.file.Path.of(config));
            try {
                engine.connect(new ServerConnection(URI.create("http://127.0.0.1:" + port), token), SyncAgent.FirstContact.PUBLISH,
                        SyncProgress.NONE);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            server.close();
        });
    }

    private void waitLonger(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
