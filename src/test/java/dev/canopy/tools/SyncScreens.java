package dev.canopy.tools;

import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.server.AccountStore;
import dev.canopy.server.ApiServer;
import dev.canopy.server.ApiSettings;
import dev.canopy.server.ServerDatabase;
import dev.canopy.server.ServerSync;
import dev.canopy.server.TokenAuthenticator;
import dev.canopy.server.TokenSecrets;
import dev.canopy.store.LocalStore;
import dev.canopy.sync.client.ServerConnection;
import dev.canopy.sync.client.SyncAgent;
import dev.canopy.sync.client.SyncEngine;
import dev.canopy.sync.client.SyncProgress;
import dev.canopy.ui.CanopyApp;
import dev.canopy.ui.main.MainViewModel;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * The sync screens with a real server on loopback: the connect dialog of an empty laptop, the sync panel with edits
 * made offline, the server's dry-run preview of them, and the conflicts they become against a colleague's edits.
 */
final class SyncScreens {

    interface Shots {
        void window(String name) throws Exception;

        void scene(Node node, String name) throws Exception;
    }

    private final FxRobot robot;
    private final Shots shots;
    private final UUID msp = UUID.randomUUID();
    private final UUID acme = UUID.randomUUID();
    private final UUID globex = UUID.randomUUID();
    private ServerDatabase database;
    private ApiServer server;

    SyncScreens(FxRobot robot, Shots shots) {
        this.robot = robot;
        this.shots = shots;
    }

    void run() throws Exception {
        Path root = Files.createTempDirectory("canopy-sync-tour");
        database = ServerDatabase.open("jdbc:h2:mem:tour;DB_CLOSE_DELAY=-1", "sa", null);
        server = start(0);
        int port = server.port();
        AccountStore accounts = new AccountStore(database.dataSource(), new TokenSecrets(new SecureRandom()), Clock.systemUTC());
        String alexToken = accounts.issue("alex@northwind.example", null).token();
        String samToken = accounts.issue("sam@northwind.example", dev.canopy.domain.person.Role.TECHNICIAN).token();
        URI base = URI.create("http://127.0.0.1:" + port);
        try (LocalStore sam = LocalStore.open(root.resolve("sam"), "sam@northwind.example", Clock.systemUTC())) {
            SyncEngine samSync = SyncEngine.overHttp(sam, root.resolve("sam-config"));
            publishTeamTree(sam, base, alexToken);
            samSync.connect(new ServerConnection(base, samToken), SyncAgent.FirstContact.DOWNLOAD, SyncProgress.NONE);

            System.setProperty("canopy.config", root.resolve("alex-config").toString());
            System.setProperty("canopy.home", root.resolve("alex").toString());
            CanopyApp app = (CanopyApp) FxToolkit.setupApplication(CanopyApp::new);
            waitFor(() -> app.model().stateProperty().get() == MainViewModel.State.WELCOME);
            robot.clickOn("#connectServerButton");
            waitFor(() -> robot.lookup("#connectDialog").tryQuery().isPresent());
            robot.clickOn("#serverUrlField").write(base.toString());
            robot.clickOn("#tokenField").write(alexToken);
            robot.clickOn("#checkButton");
            waitFor(() -> !robot.lookup("#goButton").queryButton().isDisabled());
            shots.window("syncConnect");
            robot.clickOn("#goButton");
            waitFor(() -> app.model().stateProperty().get() == MainViewModel.State.READY);
            waitFor(() -> robot.lookup("#connectDialog").tryQuery().isEmpty() || closeConnect());

            sam.execute(new UpdateTenant(globex, TenantChanges.rename("Globex Industries")));
            samSync.syncNow(SyncProgress.NONE);
            server.close();  // Alex edits on the plane
            rename("Globex", "Globex Corp");
            rename("Acme", "Acme Dental");
            // the sync the renames started retries for a few seconds before it says Offline: the screens show that,
            // and the server must come back after it, or that run sends the edits before the preview can show them
            waitFor(() -> {
                String status = status();
                return status.contains("Offline") && status.contains("2 pending");
            });
            shots.scene(robot.lookup("#editorTabs").query(), "syncOfflinePending");
            robot.clickOn("#syncStatus");
            waitFor(() -> robot.lookup("#syncPanel").tryQuery().isPresent());
            settle();
            shots.window("syncPanelPending");

            server = start(port);  // landed: the app retries every 30 s, so there is time to look first
            robot.clickOn("#previewButton");
            waitFor(() -> robot.lookup("#previewSummary").tryQuery().isPresent()
                    && !robot.lookup("#previewSummary").queryAs(javafx.scene.control.Label.class).getText().startsWith("Asking"));
            settle();
            shots.window("syncPreview");
            robot.clickOn("#sendAllButton");
            waitFor(() -> status().contains("1 conflict"));
            robot.clickOn("#conflictsTab");
            waitFor(() -> robot.lookup("#keepMine-1").tryQuery().isPresent());
            settle();
            shots.window("syncConflicts");
            robot.clickOn("#syncLogTab");
            settle();
            shots.window("syncLog");
            robot.type(KeyCode.ESCAPE);
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        } finally {
            System.clearProperty("canopy.config");
            server.close();
            database.close();
        }
    }

    /** The colleague's laptop made the team's tree and published it as the admin would. */
    private void publishTeamTree(LocalStore store, URI base, String adminToken) throws Exception {
        try (LocalStore first = LocalStore.open(store.folder().resolveSibling("publisher"), "alex@northwind.example", Clock.systemUTC())) {
            first.execute(new CreateTenant(msp, null, "Northwind IT"));
            first.execute(new CreateTenant(acme, msp, "Acme"));
            first.execute(new CreateTenant(globex, msp, "Globex"));
            first.execute(new CreateTenant(UUID.randomUUID(), acme, "Acme Berlin"));
            first.execute(new CreateTenant(UUID.randomUUID(), msp, "Initech"));
            SyncEngine.overHttp(first, store.folder().resolveSibling("publisher-config"))
                    .connect(new ServerConnection(base, adminToken), SyncAgent.FirstContact.PUBLISH, SyncProgress.NONE);
        }
    }

    private boolean closeConnect() {
        robot.lookup("#closeConnectButton").tryQuery().ifPresent(robot::clickOn);
        return robot.lookup("#connectDialog").tryQuery().isEmpty();
    }

    private void rename(String from, String to) throws Exception {
        Node cell = robot.lookup("#tenantTree .tree-cell").match((Node n) -> from.equals(n.getAccessibleText())).query();
        robot.clickOn(cell).type(KeyCode.F2);
        robot.write(to).type(KeyCode.ENTER);
        settle();
    }

    private String status() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#syncStatus").queryAs(javafx.scene.control.Label.class).getText()).get();
    }

    private ApiServer start(int port) {
        return ApiServer.start(ApiSettings.defaults("127.0.0.1", port, null), new TokenAuthenticator(database.dataSource(), Clock.systemUTC()),
                new ServerSync(database.dataSource(), Clock.systemUTC()), database.schemaVersion());
    }

    private static void settle() throws Exception {
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
