package dev.canopy.ui.main;

import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.EditorServices;
import dev.canopy.ui.edit.TenantEditView;
import dev.canopy.ui.edit.TenantEditViewModel;
import dev.canopy.ui.tree.TenantTreeView;
import dev.canopy.ui.users.UsersTab;
import dev.canopy.ui.computers.ComputersTab;
import dev.canopy.ui.history.HistoryTab;
import dev.canopy.ui.deployments.DeploymentsTab;
import dev.canopy.ui.preferences.PreferencesTab;
import dev.canopy.ui.schedules.SchedulesTab;
import dev.canopy.ui.sync.SyncIcon;
import dev.canopy.ui.sync.SyncStatusViewModel;
import dev.canopy.ui.sync.SyncWindows;
import dev.canopy.ui.welcome.WelcomeView;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import dev.canopy.ui.reports.DocumentationDialog;
import dev.canopy.ui.reports.DocumentationViewModel;
import dev.canopy.ui.reports.ReportFiles;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.UUID;

/**
 * The main window: menu and tool bar, the tenant tree on the left, the selected tenant's editor
 * tabs on the right, the status bar below. Shows "Opening…", the first-run welcome or a readable
 * failure until the store is ready.
 */
public final class MainWindow extends BorderPane {

    private final MainViewModel model;
    private final Stage stage;
    private final TreeActions actions;
    private final TenantTreeView treeView;
    private final TenantEditViewModel editModel;
    private final TenantEditView editView;
    private final UsersTab usersTab;
    private final ComputersTab computersTab;
    private final dev.canopy.ui.overview.OverviewTab overviewTab;
    private final HistoryTab historyTab;
    private final DeploymentsTab deploymentsTab;
    private final PreferencesTab preferencesTab;
    private final SchedulesTab schedulesTab;
    private final StackPane center = new StackPane();
    private final SplitPane workArea = new SplitPane();
    private final ChangeListener<UUID> onSelection;
    private final ChangeListener<MainViewModel.State> onState;
    private final StatusBar statusBar;
    private final SyncStatusViewModel syncStatus;
    private final SyncWindows syncWindows;
    private boolean restoringSelection;
    private final TabPane tabs = new TabPane();
    private final VBox previewNote = previewNote();
    private Runnable openSettings = () -> { };
    private final PaletteOpener palette;
    private MenuBar menuBar;

    public MainWindow(MainViewModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
        getStyleClass().add("main-window");
        actions = new TreeActions(model, () -> stage);
        treeView = new TenantTreeView(model.hierarchyProperty(), model.selectedTenantProperty(), actions);
        actions.attach(treeView);
        editModel = new TenantEditViewModel(model, model, model.tasks(), model, model);
        editView = new TenantEditView(editModel);

        tabs.setId("editorTabs");
        tabs.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab editTab = new Tab("Edit", editView);
        editTab.setId("editTab");
        editTab.setGraphic(AppIcon.RENAME.view());
        computersTab = new ComputersTab(model.services());
        usersTab = new UsersTab(model.services());
        overviewTab = new dev.canopy.ui.overview.OverviewTab(model.services(), computersTab::showOnly, usersTab::showOnly);
        historyTab = new HistoryTab(model.services());
        deploymentsTab = new DeploymentsTab(model.services());
        preferencesTab = new PreferencesTab(model.services());
        schedulesTab = new SchedulesTab(model.services());
        tabs.getTabs().addAll(overviewTab, computersTab, schedulesTab, preferencesTab, usersTab, deploymentsTab, editTab, historyTab);

        workArea.getItems().addAll(treeView, new StackPane(tabs, previewNote));
        // while the tree is the snapshot's (PREVIEW): look and search only, no rename, drag or delete in it
        treeView.tree().editableProperty().bind(model.stateProperty().isEqualTo(MainViewModel.State.READY));
        workArea.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(treeView, false);

        Clock technicians = dev.canopy.ui.common.DisplayZone.clock();
        syncStatus = new SyncStatusViewModel(model.sync(), technicians);
        syncWindows = new SyncWindows(model.sync(), syncStatus, model.tasks(), model, model::reload, this::localData, technicians, () -> stage);

        palette = new PaletteOpener(model, stage, treeView, computersTab, usersTab, this::menuActions);
        menuBar = menuBar();
        setTop(new VBox(menuBar, toolBar()));
        setCenter(center);
        statusBar = new StatusBar(model, treeView.dragHintProperty(), syncStatus, syncWindows::openPanel);
        setBottom(statusBar);

        onSelection = (obs, old, now) -> selectionChanged(old, now);
        model.selectedTenantProperty().addListener(onSelection);
        onState = (obs, old, state) -> showState(state);
        model.stateProperty().addListener(onState);
        showState(model.stateProperty().get());
    }

    public TenantTreeView treeView() {
        return treeView;
    }

    /** The tree/editor split (its divider is part of the saved window state). */
    public SplitPane workArea() {
        return workArea;
    }

    public TabPane editorTabs() {
        return tabs;
    }

    /** What Edit → Settings… opens (the app owns the settings). */
    public void onSettings(Runnable open) {
        this.openSettings = open;
    }

    /** Removes listeners from the models, which outlive nothing but are closed with the window. */
    public void dispose() {
        treeView.tree().editableProperty().unbind();
        model.selectedTenantProperty().removeListener(onSelection);
        model.stateProperty().removeListener(onState);
        treeView.dispose();
        statusBar.dispose();
        syncWindows.dispose();
        syncStatus.dispose();
        editView.dispose();
        editModel.dispose();
        usersTab.dispose();
        computersTab.dispose();
        overviewTab.dispose();
        historyTab.dispose();
        deploymentsTab.dispose();
        preferencesTab.dispose();
        schedulesTab.dispose();
    }

    /**
     * The work area stays in the scene from the start (hidden behind the other states), so its
     * styling and layout are done while the store opens, not after.
     */
    private void showState(MainViewModel.State state) {
        boolean previewing = state == MainViewModel.State.PREVIEW;
        workArea.setVisible(state == MainViewModel.State.READY || previewing);
        // the editors read the database: until it is open they would show empty tables, which would be untrue
        tabs.setVisible(!previewing);
        previewNote.setVisible(previewing);
        var overlay = switch (state) {
            case OPENING -> opening();
            case PREVIEW -> null;
            case LOCKED -> new UnlockView(model);
            case FAILED -> failed();
            case WELCOME -> new StackPane(new WelcomeView(model, syncWindows.available() ? syncWindows::openConnect : null));
            case READY -> null;
        };
        if (overlay == null) {
            center.getChildren().setAll(workArea);
        } else {
            overlay.getStyleClass().add("state-overlay");
            center.getChildren().setAll(workArea, overlay);
        }
        if (state == MainViewModel.State.READY) {
            editModel.load(model.selectedTenantProperty().get());
            Platform.runLater(() -> treeView.tree().requestFocus());
        }
    }

    private VBox opening() {
        ProgressIndicator spinner = new ProgressIndicator();
        Label label = new Label("Opening " + model.folder() + "…");
        label.setId("openingLabel");
        VBox box = new VBox(14, spinner, label);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static VBox previewNote() {
        Label label = new Label("Opening the database… The selected tenant's details appear when it is open.");
        label.setWrapText(true);
        VBox box = new VBox(14, new ProgressIndicator(), label);
        box.setId("previewNote");
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        box.setVisible(false);
        return box;
    }

    private VBox failed() {
        Label title = new Label("Canopy cannot open this data folder");
        title.getStyleClass().add("title-3");
        Label reason = new Label();
        reason.setId("openFailure");
        reason.textProperty().bind(model.failureProperty());
        reason.setWrapText(true);
        reason.setMaxWidth(560);
        Button quit = new Button("Quit");
        quit.setOnAction(e -> Platform.exit());
        VBox box = new VBox(14, AppIcon.WARNING.view(), title, reason, quit);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(40));
        return box;
    }

    /** Leaving a tenant with unsaved edits asks first, so no edit is lost silently. */
    private void selectionChanged(UUID old, UUID now) {
        if (restoringSelection) {
            return;
        }
        if (editModel.isDirty()) {
            ButtonType save = new ButtonType("_Save", ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType("_Discard", ButtonBar.ButtonData.NO);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Save your changes to \"" + editModel.originalProperty().get().name() + "\"?",
                    save, discard, ButtonType.CANCEL);
            ask.initOwner(stage);
            ask.setHeaderText("Unsaved changes");
            ButtonType answer = ask.showAndWait().orElse(ButtonType.CANCEL);
            if (answer == ButtonType.CANCEL) {
                restoringSelection = true;
                Platform.runLater(() -> {
                    model.selectedTenantProperty().set(old);
                    restoringSelection = false;
                });
                return;
            }
            if (answer == save) {
                editModel.save(() -> { });
            }
        }
        editModel.load(now);
    }

    private MenuBar menuBar() {
        MenuItem newTenant = item("New tenant", AppIcon.ADD, new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                () -> actions.createUnder(model.selectedTenantProperty().get()));
        newTenant.setId("newTenantMenu");
        MenuItem importComputers = item("Import computers…", AppIcon.IMPORT, new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                () -> dev.canopy.ui.imports.ImportFlow.open(stage, model.services(), model.folder()));
        importComputers.setId("importComputersMenu");
        MenuItem importPeople = item("Import people from Entra ID…", AppIcon.PEOPLE,
                new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> dev.canopy.ui.imports.EntraImportDialog.open(stage, model.services()));
        importPeople.setId("importEntraMenu");
        MenuItem quit = item("Quit", null, new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), () -> stage.close());
        MenuItem export = item("Export…", AppIcon.EXPORT,
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::openExport);
        export.setId("exportMenu");
        MenuItem backUp = item("Back up…", null, null,
                () -> new dev.canopy.ui.backup.BackupNowViewModel(model, model.tasks(), model).backUpNow());
        backUp.setId("backUpMenu");
        MenuItem restore = item("Restore…", null, null, () -> dev.canopy.ui.backup.RestoreDialog.open(stage,
                new dev.canopy.ui.backup.RestoreViewModel(model.folder(), model.tasks(), model, model, dev.canopy.ui.common.DisplayZone.clock().getZone())));
        restore.setId("restoreMenu");
        Menu file = new Menu("_File", null, newTenant, importComputers, importPeople, export, new SeparatorMenuItem(), backUp, restore,
                new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", AppIcon.UNDO, new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> model.undo(actions::refused));
        undo.setId("undoMenu");
        undo.textProperty().bind(model.undoState().undoTextProperty());
        undo.disableProperty().bind(model.undoState().canUndoProperty().not());
        MenuItem redo = item("Redo", AppIcon.REDO, new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), () -> model.redo(actions::refused));
        redo.setId("redoMenu");
        redo.textProperty().bind(model.undoState().redoTextProperty());
        redo.disableProperty().bind(model.undoState().canRedoProperty().not());
        MenuItem rename = item("Rename tenant", AppIcon.RENAME, new KeyCodeCombination(KeyCode.F2), treeView::renameSelected);
        MenuItem delete = item("Delete tenant…", AppIcon.DELETE, null, () -> actions.delete(model.selectedTenantProperty().get()));
        MenuItem merge = item("Merge tenant into…", AppIcon.MERGE, new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> actions.merge(model.selectedTenantProperty().get()));
        merge.setId("mergeMenu");
        MenuItem settings = item("Settings…", null, new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), () -> openSettings.run());
        settings.setId("settingsMenu");
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), rename, merge, delete, new SeparatorMenuItem(), settings);

        MenuItem find = item("Find tenant", AppIcon.SEARCH, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> treeView.searchField().requestFocus());
        Menu view = new Menu("_View", null, find);

        MenuItem syncNow = item("Sync now", null, SyncWindows.SYNC_NOW_KEYS, syncWindows::syncNow);
        syncNow.setId("syncNowMenu");
        MenuItem panel = item("Sync panel…", null, null, syncWindows::openPanel);
        panel.setId("syncPanelMenu");
        MenuItem connect = item("Connect to server…", null, null, syncWindows::openConnect);
        connect.setId("connectMenu");
        connect.disableProperty().bind(model.sync().agentProperty().isNull());
        Menu sync = new Menu("_Sync", null, syncNow, panel, new SeparatorMenuItem(), connect);
        MenuItem compliance = item("Compliance report…", AppIcon.REPORT,
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::openComplianceReport);
        compliance.setId("complianceReportMenu");
        MenuItem documentation = item("Tenant documentation…", AppIcon.EXPORT,
                new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::openDocumentation);
        documentation.setId("documentationMenu");
        Menu reports = new Menu("_Reports", null, compliance, documentation);
        MenuItem commandPalette = item("Command palette…", AppIcon.SEARCH, PaletteOpener.PALETTE_KEYS, palette::openPalette);
        commandPalette.setId("commandPaletteMenu");
        MenuItem shortcuts = item("Keyboard shortcuts", null, PaletteOpener.SHORTCUTS_KEYS, palette::openShortcuts);
        shortcuts.setId("shortcutsMenu");
        Menu help = new Menu("_Help", null, commandPalette, shortcuts);
        MenuBar bar = new MenuBar(file, edit, view, reports, sync, help);
        bar.disableProperty().bind(model.stateProperty().isNotEqualTo(MainViewModel.State.READY));
        return bar;
    }

    /** The menu bar's actions, as the palette and the shortcut list show them. */
    private java.util.List<dev.canopy.ui.palette.PaletteAction> menuActions() {
        return dev.canopy.ui.palette.ActionCatalog.from(menuBar);
    }

    /** The compliance report of the selected tenant and its sub-tenants, in a window of its own. */
    private void openComplianceReport() {
        new dev.canopy.ui.reports.ComplianceReportWindow(stage, new dev.canopy.ui.reports.ComplianceReportViewModel(
                model, model.services().store(), model.tasks(), computersTab::showOnly, deployment -> {
                    deploymentsTab.showDeployment(deployment);
                    stage.toFront();
                })).show();
    }

    /** The selected tenant's documentation, as PDF or HTML, to a file the technician chooses. */
    private void openDocumentation() {
        EditorServices services = model.services();
        DocumentationDialog.open(stage, new DocumentationViewModel(services.tenants(), services.store(), services.tasks(),
                services.notices(), dev.canopy.ui.common.DisplayZone.clock()), ReportFiles.saveAs(stage));
    }

    /** The whole data folder as the JSON export or CSV files, to a place the technician chooses. */
    private void openExport() {
        EditorServices services = model.services();
        dev.canopy.ui.export.ExportDialog.open(stage, new dev.canopy.ui.export.ExportViewModel(services.tenants(), services.store(),
                services.tasks(), services.notices(), dev.canopy.ui.common.DisplayZone.clock()), dev.canopy.ui.export.ExportFiles.saveAs(stage));
    }

    private static MenuItem item(String text, AppIcon icon, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : icon.view());
        if (keys != null) {
            item.setAccelerator(keys);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToolBar toolBar() {
        Button create = toolButton("newTenantButton", AppIcon.ADD.view(), "New tenant under the selected one (Ctrl+N)",
                () -> actions.createUnder(model.selectedTenantProperty().get()));
        create.setText("New tenant");
        Button undo = toolButton("undoButton", AppIcon.UNDO.view(), null, () -> model.undo(actions::refused));
        undo.disableProperty().bind(model.undoState().canUndoProperty().not());
        undo.accessibleTextProperty().bind(model.undoState().undoTextProperty());  // icon only: a screen reader reads this
        undo.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new Tooltip(model.undoState().undoTextProperty().get() + " (Ctrl+Z)"), model.undoState().undoTextProperty()));
        Button redo = toolButton("redoButton", AppIcon.REDO.view(), null, () -> model.redo(actions::refused));
        redo.disableProperty().bind(model.undoState().canRedoProperty().not());
        redo.accessibleTextProperty().bind(model.undoState().redoTextProperty());
        redo.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new Tooltip(model.undoState().redoTextProperty().get() + " (Ctrl+Y)"), model.undoState().redoTextProperty()));
        Button sync = toolButton("syncNowButton", SyncIcon.SYNCING.view(), "Send your edits and receive the team's (Ctrl+Shift+S)", syncWindows::syncNow);
        sync.setText("Sync now");
        sync.disableProperty().bind(model.sync().agentProperty().isNull());
        ToolBar bar = new ToolBar(create, undo, redo, new javafx.scene.control.Separator(), sync);
        bar.disableProperty().bind(model.stateProperty().isNotEqualTo(MainViewModel.State.READY));
        return bar;
    }

    /** What publishing this folder would upload, in words (the Connect dialog's confirmation). */
    private String localData() {
        var h = model.hierarchyProperty().get();
        return String.format("the %,d tenants and %,d computers in this data folder, with their people, schedules, preferences and deployments",
                h.size(), h.totalComputers());
    }

    private static Button toolButton(String id, javafx.scene.Node icon, String tip, Runnable action) {
        Button button = new Button(null, icon);
        button.setId(id);
        // clicking a tool must not pull focus from the tree (Ctrl+Z in a text field undoes typing instead)
        button.setFocusTraversable(false);
        if (tip != null) {
            button.setTooltip(new Tooltip(tip));
        }
        button.setOnAction(e -> action.run());
        return button;
    }
}
