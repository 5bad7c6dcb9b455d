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

    @Test
    void sameFieldEditsOnTwoLaptopsAreConflictsResolvedInTheConflictsViewByKeepingMineAndTakingTheirs() throws Exception {
        database = ServerDatabase.open("jdbc:h2:mem:scenario_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", null);
        server = startServer(0);
        String token = new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC())
                .issue("alex@northwind.example", null).token();
        java.nio.file.Path config = folder.resolveSibling(folder.getFileName() + "-config");
        System.setProperty("canopy.config", config.toString());
        UUID acme = UUID.randomUUID();
        ServerConnection connection = new ServerConnection(URI.create("http://127.0.0.1:" + server.port()), token);
        launch(store -> {
            store.execute(new CreateTenant(msp, null, "Northwind"));
            store.execute(new CreateTenant(acme, msp, "Acme"));
            store.execute(new CreateTenant(globex, msp, "Globex"));
            try {
                SyncEngine.overHttp(store, config).connect(connection, SyncAgent.FirstContact.PUBLISH, SyncProgress.NONE);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waitLonger(() -> status().getText().startsWith("Synced at"));
        try (dev.canopy.store.LocalStore other = dev.canopy.store.LocalStore.open(folder.resolveSibling(folder.getFileName() + "-sam"),
                "sam@northwind.example", Clock.systemUTC())) {
            SyncEngine sam = SyncEngine.overHttp(other, config);
            sam.connect(connection, SyncAgent.FirstContact.DOWNLOAD, SyncProgress.NONE);
            other.execute(new dev.canopy.domain.command.UpdateTenant(acme, dev.canopy.domain.command.TenantChanges.rename("Acme Sam")));
            other.execute(new dev.canopy.domain.command.UpdateTenant(globex, dev.canopy.domain.command.TenantChanges.rename("Globex Sam")));
            sam.syncNow(SyncProgress.NONE);
        }

        int port = server.port();
        server.close();  // Alex edits on the plane
        robot.clickOn(cell("Acme")).type(KeyCode.F2);
        robot.write("Acme Alex").type(KeyCode.ENTER);
        settle();
        robot.clickOn(cell("Globex")).type(KeyCode.F2);
        robot.write("Globex Alex").type(KeyCode.ENTER);
        settle();
        waitLonger(() -> status().getText().equals("Offline — 2 pending"));
        server = startServer(port);  // landed: the app retries every 30 s, so there is time to look first
        previewShowsTwoConflictsAndSendsNothing();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitLonger(() -> status().getText().contains("2 conflicts"));
        assertThat(visibleTenantNames()).as("the local copy shows theirs until decided").contains("Acme Sam", "Globex Sam");

        robot.clickOn("#syncStatus");
        waitLonger(() -> robot.lookup("#conflictsTab").tryQuery().isPresent());
        robot.clickOn("#conflictsTab");
        waitLonger(() -> robot.lookup("#keepMine-1").tryQuery().isPresent());
        robot.clickOn("#keepMine-1");
        waitLonger(() -> robot.lookup("#takeTheirs-2").tryQuery().isPresent());
        robot.clickOn("#takeTheirs-2");
        waitLonger(() -> robot.lookup("#takeTheirs-2").tryQuery().isEmpty());
        robot.clickOn("#panelSyncNowButton");
        waitLonger(() -> status().getText().startsWith("Synced at") && !status().getText().contains("conflict")
                && !status().getText().contains("pending"));

        Caller admin = new Caller(UUID.randomUUID(), "alex@northwind.example", dev.canopy.domain.person.Role.MSP_ADMIN, null);
        java.util.Map<UUID, Object> names = new java.util.HashMap<>();
        new ServerSync(database.dataSource(), Clock.systemUTC()).pull(admin, 0, 100).changes().stream()
                .filter(c -> c.op().equals(Change.UPSERT) && c.entity().equals("tenant")).forEach(c -> names.put(c.id(), c.record().get("name")));
        assertThat(names.get(acme)).as("kept mine").isEqualTo("Acme Alex");
        assertThat(names.get(globex)).as("took theirs").isEqualTo("Globex Sam");
        waitLonger(() -> visibleTenantNames().contains("Acme Alex") && visibleTenantNames().contains("Globex Sam"));
    }

    /** The sync panel's Preview… asks the server's dry run: both renames would conflict, and nothing is sent. */
    private void previewShowsTwoConflictsAndSendsNothing() throws Exception {
        robot.clickOn("#syncStatus");
        waitLonger(() -> robot.lookup("#previewButton").tryQuery().isPresent());
        robot.clickOn("#previewButton");
        waitLonger(() -> robot.lookup("#previewSummary").tryQuery().isPresent()
                && !robot.lookup("#previewSummary").queryAs(Label.class).getText().startsWith("Asking"));
        assertThat(robot.lookup("#previewSummary").queryAs(Label.class).getText()).startsWith("0 will apply, 2 will conflict.");
        assertThat(robot.lookup("#syncPreview").lookup(".label").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(text -> text.contains("Someone else changed name"));
        robot.type(KeyCode.ESCAPE);
        waitLonger(() -> robot.lookup("#syncPreview").tryQuery().isEmpty());
        assertThat(status().getText()).as("nothing was sent").contains("2 pending");
        robot.type(KeyCode.ESCAPE);  // the sync panel
        WaitForAsyncUtils.waitForFxEvents();
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
