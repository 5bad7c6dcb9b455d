package dev.canopy.tools;

import dev.canopy.ui.CanopyApp;
import dev.canopy.ui.SceneSnapshot;
import dev.canopy.ui.main.MainViewModel;
import dev.canopy.ui.schedules.SchedulesRobot;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A developer's tour of the screens (not a test): opens the app headless on a data folder, visits
 * each tab and dialog, and writes PNGs to target/screens so they can be looked at.
 * Run: mvn -q test-compile exec:exec -Pscreens -Dscreens.data=/path/to/sample
 */
public final class ScreenTour {

    private static final FxRobot ROBOT = new FxRobot();
    private static final Path OUT = Path.of("target", "screens");
    private static final SyncScreens.Shots SHOTS = new SyncScreens.Shots() {
        @Override
        public void window(String name) throws Exception {
            saveTopWindow(name);
        }

        @Override
        public void scene(javafx.scene.Node node, String name) throws Exception {
            save(node.getScene(), name);
        }
    };

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUT);
        System.setProperty("canopy.home", args[0]);
        // the tour changes the theme: keep its settings and window state out of the developer's own config folder
        System.setProperty("canopy.config", System.getProperty("canopy.config", Path.of("target", "screens-config").toAbsolutePath().toString()));
        FxToolkit.registerPrimaryStage();
        CanopyApp app = (CanopyApp) FxToolkit.setupApplication(CanopyApp::new);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.model().stateProperty().get() == MainViewModel.State.READY);
        settle(app);
        String tenant = args.length > 1 ? args[1] : null;
        if (tenant != null) {
            ROBOT.clickOn("#tenantSearch").write(tenant);
            settle(app);
            ROBOT.clickOn(ROBOT.lookup("#tenantTree .tree-cell").match((javafx.scene.Node n) -> tenant.equals(n.getAccessibleText())).queryAs(javafx.scene.Node.class));
            settle(app);
        }
        int mappingEdits = giveMappings(app);
        for (String tab : new String[]{"overviewTab", "computersTab", "schedulesTab", "preferencesTab", "usersTab", "deploymentsTab", "editTab", "historyTab"}) {
            if (ROBOT.lookup("#" + tab).tryQuery().isPresent()) {
                ROBOT.clickOn("#" + tab);
                settle(app);
                if (tab.equals("computersTab")) {
                    ROBOT.interact(() -> ROBOT.lookup("#computerTable").queryAs(javafx.scene.control.TableView.class).getSelectionModel().select(0));
                    settle(app);
                }
                save(ROBOT.lookup("#editorTabs").query().getScene(), tab);
                if (tab.equals("schedulesTab")) {
                    scheduleEditor(app);
                }
                if (tab.equals("editTab")) {
                    editMappings(app, mappingEdits);
                }
            }
        }
        settingsScreens(app);
        new SafetyScreens(ROBOT, SHOTS).inApp(app);
        complianceReport(app);
        documentationDialog(app);
        exportDialog(app);
        new ImportScreens(ROBOT, ScreenTour::saveTopWindow).run(app, ROBOT.lookup("#editorTabs").query().getScene().getWindow());
        new EntraScreens(ROBOT, ScreenTour::saveTopWindow).run(app, ROBOT.lookup("#editorTabs").query().getScene().getWindow());
        settle(app);
        ROBOT.clickOn("#overviewTab");
        settle(app);
        ROBOT.clickOn("#people-NONE");  // a people count opens those people in the Users tab, as a shortlist
        settle(app);
        save(ROBOT.lookup("#editorTabs").query().getScene(), "usersShortlist");
        ROBOT.clickOn(ROBOT.lookup("#tenantTree .tree-cell").match((javafx.scene.Node n) -> tenant != null && tenant.equals(n.getAccessibleText())).queryAs(javafx.scene.Node.class)).type(KeyCode.F2);
        settle(app);
        save(ROBOT.lookup("#editorTabs").query().getScene(), "renameInPlace");
        ROBOT.type(KeyCode.ESCAPE);
        ROBOT.clickOn("#tenantSearch").push(KeyCode.CONTROL, KeyCode.A).write("a");
        settle(app);
        save(ROBOT.lookup("#editorTabs").query().getScene(), "broadSearch");
        ROBOT.type(KeyCode.ESCAPE);
        settle(app);
        ROBOT.clickOn("#computersTab");
        settle(app);
        ROBOT.interact(() -> ROBOT.lookup("#computerTable").queryAs(javafx.scene.control.TableView.class).getSelectionModel().select(0));
        settle(app);
        ROBOT.clickOn("#reassignButton");
        settle(app);
        ROBOT.clickOn("#tenantPickerFilter").write("a");
        settle(app);
        saveTopWindow("tenantPicker");
        ROBOT.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ROBOT.lookup("#whatIfDialog").tryQuery().isPresent());
        settle(app);
        saveTopWindow("whatIf");
        ROBOT.clickOn("#whatIfDialog").type(KeyCode.ESCAPE);
        ROBOT.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M);
        settle(app);
        ROBOT.clickOn(ROBOT.lookup("#mergeDestinationList .list-cell").nth(1).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !ROBOT.lookup("#mergeButton").queryButton().isDisabled());
        saveTopWindow("mergeWizard");
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();  // the merge wizard is modal: close it with the rest
        welcome();
        new SafetyScreens(ROBOT, SHOTS).outsideApp(Path.of(args[0]));
        new SyncScreens(ROBOT, SHOTS).run();
        Platform.exit();
        System.exit(0);
    }

    /** The welcome view of an empty data folder, and sample data loading as long work (progress there and in the status bar). */
    private static void welcome() throws Exception {
        Path empty = Files.createTempDirectory("canopy-welcome");
        System.setProperty("canopy.home", empty.toString());
        CanopyApp app = (CanopyApp) FxToolkit.setupApplication(CanopyApp::new);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.model().stateProperty().get() == MainViewModel.State.WELCOME);
        settle(app);
        save(ROBOT.lookup("#welcomeView").query().getScene(), "welcome");
        ROBOT.clickOn("#loadSampleButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ROBOT.lookup("#taskStatus").query().isVisible());
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        save(ROBOT.lookup("#welcomeView").query().getScene(), "welcomeLoadingSample");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.model().stateProperty().get() == MainViewModel.State.READY);
        FxToolkit.cleanupApplication(app);
    }

    /**
     * The schedule editor close up: the recurrence editor (weekly, with its day toggles) and the next runs in both
     * zones, on a new draft when the tenant's first schedule is inherited or there is none; reverted, so nothing is saved.
     */
    private static void scheduleEditor(CanopyApp app) throws Exception {
        SchedulesRobot schedules = new SchedulesRobot(ROBOT);
        if (schedules.shown("#scheduleEditorPlaceholder") || schedules.shown("#inheritedBanner")) {
            ROBOT.clickOn("#newScheduleButton");
            settle(app);
        }
        if (!schedules.shown("#weekDays")) {
            schedules.choose("#recurrenceModeBox", "Weekly");
            ROBOT.clickOn("#dayMONDAY");
            ROBOT.clickOn("#dayTHURSDAY");
        }
        schedules.reveal("#recurrenceModeBox");
        settle(app);
        save(ROBOT.lookup("#editorTabs").query().getScene(), "scheduleRecurrence");
        schedules.reveal("#nextRunsTable");
        settle(app);
        save(ROBOT.lookup("#editorTabs").query().getScene(), "scheduleNextRuns");
        if (!ROBOT.lookup("#revertScheduleButton").queryButton().isDisabled()) {
            ROBOT.clickOn("#revertScheduleButton");
            settle(app);
        }
    }

    /**
     * Integration mappings to look at (sample data has none): the selected tenant's parent gets two, the tenant its own
     * for one of those sources and one more, so the Edit tab shows every origin (own, own replacing, inherited).
     * Returns how many edits to undo afterwards.
     */
    private static int giveMappings(CanopyApp app) throws Exception {
        java.util.UUID shown = app.model().selectedTenantProperty().get();
        var hierarchy = app.model().hierarchyProperty().get();
        java.util.UUID parent = shown == null ? null : hierarchy.node(shown).map(dev.canopy.domain.tenant.TenantNode::parentId).orElse(null);
        if (parent == null) {
            return 0;
        }
        java.util.concurrent.atomic.AtomicInteger applied = new java.util.concurrent.atomic.AtomicInteger();
        ROBOT.interact(() -> {
            mapping(app, parent, applied, new dev.canopy.domain.tenant.ExternalRef("autotask", "29684117"),
                    new dev.canopy.domain.tenant.ExternalRef("datto-rmm", "4f1c2e7a-site"));
            mapping(app, shown, applied, new dev.canopy.domain.tenant.ExternalRef("datto-rmm", "9b3e51d0-site"),
                    new dev.canopy.domain.tenant.ExternalRef("entra", "3f2504e0-4f89-41d3-9a0c-0305e82c3301"));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> applied.get() == 2);
        settle(app);
        return 2;
    }

    private static void mapping(CanopyApp app, java.util.UUID tenant, java.util.concurrent.atomic.AtomicInteger applied,
                                dev.canopy.domain.tenant.ExternalRef... refs) {
        app.model().execute(new dev.canopy.domain.command.UpdateTenant(tenant, dev.canopy.domain.command.TenantChanges.mappings(List.of(refs))),
                done -> applied.incrementAndGet(), refused -> System.err.println("mapping not set: " + refused.getMessage()));
    }

    /** The Edit tab scrolled to its mappings with the own row selected (Change and Remove enabled), then the set-up undone. */
    private static void editMappings(CanopyApp app, int edits) throws Exception {
        ROBOT.interact(() -> {
            javafx.scene.control.TableView<?> table = ROBOT.lookup("#mappingTable").queryAs(javafx.scene.control.TableView.class);
            table.getSelectionModel().select(0);
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) ROBOT.lookup(".edge-to-edge")
                    .match(n -> n instanceof javafx.scene.control.ScrollPane && ((javafx.scene.control.ScrollPane) n).getContent().lookup("#mappingTable") != null)
                    .query();
            scroll.setVvalue(scroll.getVmax());
        });
        settle(app);
        save(ROBOT.lookup("#editorTabs").query().getScene(), "editMappings");
        ROBOT.interact(() -> ROBOT.lookup("#revertButton").queryButton().fire());
        for (int i = 0; i < edits; i++) {
            ROBOT.interact(() -> app.model().undo(refused -> System.err.println("undo refused: " + refused.getMessage())));
            settle(app);
        }
    }

    /** File → Export… (Ctrl+Shift+E) as it opens, then cancelled (nothing written). */
    private static void exportDialog(CanopyApp app) throws Exception {
        ROBOT.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ROBOT.lookup("#exportDialog").tryQuery().isPresent());
        settle(app);
        saveTopWindow("exportDialog");
        ROBOT.interact(() -> ((javafx.scene.control.Button) ROBOT.lookup("#exportDialog").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        settle(app);
    }

    /** The compliance report of the selected tenant (Ctrl+Shift+R), run as it opens, then closed. */
    private static void complianceReport(CanopyApp app) throws Exception {
        ROBOT.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> ROBOT.lookup("#complianceTable").tryQuery().isPresent()
                && ROBOT.lookup("#reportMessage").queryAs(javafx.scene.control.Label.class).getText().contains("compliant"));
        settle(app);
        saveTopWindow("complianceReport");
        ROBOT.interact(() -> ROBOT.lookup("#complianceTable").query().getScene().getWindow().hide());
        settle(app);
    }

    private static void documentationDialog(CanopyApp app) throws Exception {
        ROBOT.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ROBOT.lookup("#documentationDialog").tryQuery().isPresent());
        settle(app);
        saveTopWindow("documentationDialog");
        ROBOT.interact(() -> ROBOT.lookup("#documentationDialog").query().getScene().getWindow().hide());
        settle(app);
    }

    private static void settle(CanopyApp app) throws Exception {
        Thread.sleep(300);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !app.model().tasks().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
    }

    /** Edit → Settings… in light, then dark applied to the dialog and the main window, then light again. */
    private static void settingsScreens(CanopyApp app) throws Exception {
        ROBOT.push(KeyCode.CONTROL, KeyCode.COMMA);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ROBOT.lookup("#settingsDialog").tryQuery().isPresent());
        settle(app);
        saveTopWindow("settingsDialog");
        chooseTheme(dev.canopy.ui.settings.Settings.Theme.DARK, dev.canopy.ui.settings.SettingsDialog.APPLY);
        settle(app);
        saveTopWindow("settingsDialogDark");
        save(ROBOT.lookup("#editorTabs").query().getScene(), "mainWindowDark");
        chooseTheme(dev.canopy.ui.settings.Settings.Theme.LIGHT, dev.canopy.ui.settings.SettingsDialog.OK);
        settle(app);
    }

    private static void chooseTheme(dev.canopy.ui.settings.Settings.Theme theme, javafx.scene.control.ButtonType button) {
        ROBOT.interact(() -> {
            ROBOT.lookup("#themeChoice").queryComboBox().getSelectionModel().select(theme);
            ((javafx.scene.control.Button) ROBOT.lookup("#settingsDialog").queryAs(javafx.scene.control.DialogPane.class).lookupButton(button)).fire();
        });
    }

    private static void saveTopWindow(String name) throws Exception {
        Window top = null;
        for (Window w : Window.getWindows()) {
            top = w;
        }
        save(top.getScene(), name);
    }

    private static void save(Scene scene, String name) throws Exception {
        Path file = OUT.resolve(name + ".png");
        SceneSnapshot.save(scene, file);
        System.out.println("wrote " + file);
    }
}
