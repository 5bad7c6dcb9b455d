package dev.canopy.tools;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.imports.export.CanopyExport;
import dev.canopy.store.LocalStore;
import dev.canopy.store.StoreEncryption;
import dev.canopy.store.StoreKey;
import dev.canopy.ui.CanopyApp;
import dev.canopy.ui.main.MainViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The tour's keyboard and data-safety screens, each in light then dark ("…Dark" names): the command palette, the
 * shortcut list, Back up… and the Restore dialog, Settings' encryption section and its passphrase dialogs, the
 * uncaught-error dialog; after the tour's app has closed, the unlock view of an encrypted folder and the prompt for a
 * Canopy export the app was started on. Nothing in the tour's data folder changes but one manual backup in it.
 */
final class SafetyScreens {

    private static final String PASSPHRASE = "screens tour passphrase";

    private final FxRobot robot;
    private final SyncScreens.Shots shot;

    SafetyScreens(FxRobot robot, SyncScreens.Shots shot) {
        this.robot = robot;
        this.shot = shot;
    }

    /** On the tour's running app (its tenant selected). */
    void inApp(CanopyApp app) throws Exception {
        fire("backUpMenu");
        settle(app);
        for (boolean dark : new boolean[]{false, true}) {
            theme(dark);
            String suffix = dark ? "Dark" : "";
            palette(app, suffix);
            shortcuts(app, suffix);
            restore(app, suffix);
            setPassphrase(app, suffix);
            uncaughtError(app, suffix);
        }
        theme(false);
        settle(app);
    }

    /** After the tour's app has closed: new apps on an encrypted folder and on an export, each in light then dark. */
    void outsideApp(Path tourFolder) throws Exception {
        Path encrypted = Files.createTempDirectory("canopy-locked");
        try (LocalStore store = LocalStore.open(encrypted)) {
            store.execute(new CreateTenant(UUID.randomUUID(), null, "Northwind IT"));
        }
        new StoreEncryption().change(encrypted, StoreKey.none(), StoreKey.of(PASSPHRASE.toCharArray()), line -> { });
        for (boolean dark : new boolean[]{false, true}) {
            unlock(encrypted, dark ? "Dark" : "");
        }
        Path export = Files.createTempDirectory("canopy-export").resolve("birch-clinic.canopy");
        try (LocalStore store = LocalStore.open(tourFolder); OutputStream out = Files.newOutputStream(export)) {
            CanopyExport.write(store, out, new CanopyExport.Origin(Instant.now(), "grace", tourFolder.toString()), (done, total, name) -> { }, () -> false);
        }
        for (boolean dark : new boolean[]{false, true}) {
            openExport(export, dark ? "Dark" : "");
        }
    }

    private void palette(CanopyApp app, String suffix) throws Exception {
        robot.clickOn("#editorTabs").push(KeyCode.CONTROL, KeyCode.K);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#paletteField").tryQuery().isPresent());
        settle(app);
        shot.window("commandPalette" + suffix);
        robot.clickOn("#paletteField").write("back");  // headless, the new window has the keys only once clicked
        settle(app);
        shot.window("commandPaletteBack" + suffix);
        robot.type(KeyCode.ESCAPE);
        settle(app);
    }

    private void shortcuts(CanopyApp app, String suffix) throws Exception {
        robot.clickOn("#editorTabs").type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shortcutsDialog").tryQuery().isPresent());
        settle(app);
        shot.window("shortcutsDialog" + suffix);
        press("#shortcutsDialog", ButtonType.CLOSE);
        settle(app);
    }

    /** The Restore dialog with the backup made above chosen; cancelled. */
    private void restore(CanopyApp app, String suffix) throws Exception {
        fire("restoreMenu");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#restoreDialog").tryQuery().isPresent());
        settle(app);
        robot.interact(() -> robot.lookup("#backupTable").queryTableView().getSelectionModel().select(0));
        settle(app);
        shot.window("restoreDialog" + suffix);
        press("#restoreDialog", ButtonType.CANCEL);
        settle(app);
    }

    /** Settings scrolled to its encryption section, then Set passphrase… with two different entries (refused, nothing changes). */
    private void setPassphrase(CanopyApp app, String suffix) throws Exception {
        openSettings(app);
        shot.window("settingsEncryption" + suffix);
        robot.clickOn("#setPassphraseButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#passphraseDialog").tryQuery().isPresent());
        settle(app);
        shot.window("setPassphraseDialog" + suffix);
        robot.clickOn("#newPassphraseField").write("first passphrase typed");
        robot.clickOn("#repeatPassphraseField").write("another one typed").type(KeyCode.ENTER);
        settle(app);
        shot.window("setPassphraseDiffer" + suffix);
        press("#passphraseDialog", ButtonType.CANCEL);
        press("#settingsDialog", dev.canopy.ui.settings.SettingsDialog.CANCEL);
        settle(app);
    }

    private void openSettings(CanopyApp app) throws Exception {
        robot.clickOn("#editorTabs").push(KeyCode.CONTROL, KeyCode.COMMA);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#encryptionSection").tryQuery().isPresent());
        settle(app);
    }

    private void uncaughtError(CanopyApp app, String suffix) throws Exception {
        // a different error each time: the same one again within a minute is only logged
        RuntimeException error = suffix.isEmpty() ? new IllegalStateException("the screens tour failed on purpose")
                : new UnsupportedOperationException("the screens tour failed on purpose, in dark");
        Thread worker = new Thread(() -> {
            throw error;
        }, "canopy-screens-tour");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#uncaughtErrorDialog").tryQuery().isPresent());
        settle(app);
        shot.window("uncaughtErrorDialog" + suffix);
        press("#uncaughtErrorDialog", ButtonType.CLOSE);
        settle(app);
    }

    /** The unlock view, then a wrong passphrase; then the right one and Settings' section with Change…/Remove… and the Change dialog. */
    private void unlock(Path folder, String suffix) throws Exception {
        CanopyApp app = start(folder, suffix);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.model().stateProperty().get() == MainViewModel.State.LOCKED);
        settle(app);
        shot.scene(robot.lookup("#unlockView").query(), "unlockView" + suffix);
        robot.clickOn("#passphraseField").write("not the passphrase").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#unlockProblem").queryLabeled().getText().isEmpty());
        settle(app);
        shot.scene(robot.lookup("#unlockView").query(), "unlockViewWrong" + suffix);
        robot.clickOn("#passphraseField").write(PASSPHRASE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.model().stateProperty().get() == MainViewModel.State.READY);
        settle(app);
        openSettings(app);
        shot.window("settingsEncrypted" + suffix);
        robot.clickOn("#changePassphraseButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#passphraseDialog").tryQuery().isPresent());
        settle(app);
        shot.window("changePassphraseDialog" + suffix);
        press("#passphraseDialog", ButtonType.CANCEL);
        robot.clickOn("#removePassphraseButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#passphraseDialog").tryQuery().isPresent());
        settle(app);
        shot.window("removePassphraseDialog" + suffix);
        press("#passphraseDialog", ButtonType.CANCEL);
        press("#settingsDialog", dev.canopy.ui.settings.SettingsDialog.CANCEL);
        stop(app);
    }

    /** An empty folder started on an export: the prompt says what it would restore (not restored). */
    private void openExport(Path export, String suffix) throws Exception {
        System.setProperty(CanopyApp.OPEN_EXPORT, export.toString());
        CanopyApp app = start(Files.createTempDirectory("canopy-open-export"), suffix);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#openExportDialog").tryQuery().isPresent()
                && robot.lookup("#openExportContents").queryLabeled().getText().startsWith("Would restore"));
        settle(app);
        shot.window("openExportDialog" + suffix);
        press("#openExportDialog", ButtonType.CLOSE);
        stop(app);
    }

    private CanopyApp start(Path folder, String suffix) throws Exception {
        System.setProperty("canopy.home", folder.toString());
        CanopyApp app = (CanopyApp) FxToolkit.setupApplication(CanopyApp::new);
        theme(!suffix.isEmpty());
        return app;
    }

    private static void stop(CanopyApp app) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /** The AtlantaFX theme as Settings would set it (the tour's settings file is left as it was). */
    private void theme(boolean dark) {
        robot.interact(() -> Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS()));
    }

    /** A menu item by id, fired later on the FX thread (the dialogs it opens wait for their answer). */
    private void fire(String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Platform.runLater(() -> bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().ifPresent(MenuItem::fire));
    }

    private void press(String dialog, ButtonType button) {
        DialogPane pane = robot.lookup(dialog).queryAs(DialogPane.class);
        Platform.runLater(() -> ((Button) pane.lookupButton(button)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void settle(CanopyApp app) throws Exception {
        Thread.sleep(300);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !app.model().tasks().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
    }
}
