package dev.canopy.ui.main;

import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.EditorServices;
import dev.canopy.ui.reports.DocumentationDialog;
import dev.canopy.ui.reports.DocumentationViewModel;
import dev.canopy.ui.reports.ReportFiles;
import dev.canopy.ui.sync.SyncWindows;
import dev.canopy.ui.tree.TenantTreeView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The main window's menu bar: File, Edit, View, Reports, Sync and Help, with their shortcuts; the reports and the
 * export open their windows from here. Off until the store is ready.
 */
final class MainMenuBar {

    private final MainViewModel model;
    private final Stage stage;
    private final TreeActions actions;
    private final TenantTreeView treeView;
    private final SyncWindows syncWindows;
    private final PaletteOpener palette;
    private final EditorTabs tabs;
    private final Runnable openSettings;
    private final Menu fileMenu = new Menu("_File");
    private final Menu editMenu = new Menu("_Edit");
    private final Menu viewMenu = new Menu("_View");
    private final Menu reportsMenu = new Menu("_Reports");
    private final Menu syncMenu = new Menu("_Sync");
    private final Menu helpMenu = new Menu("_Help");
    private final MenuBar bar = new MenuBar(fileMenu, editMenu, viewMenu, reportsMenu, syncMenu, helpMenu);

    MainMenuBar(MainViewModel model, Stage stage, TreeActions actions, TenantTreeView treeView, SyncWindows syncWindows,
                PaletteOpener palette, EditorTabs tabs, Runnable openSettings) {
        this.model = model;
        this.stage = stage;
        this.actions = actions;
        this.treeView = treeView;
        this.syncWindows = syncWindows;
        this.palette = palette;
        this.tabs = tabs;
        this.openSettings = openSettings;
    }

    /**
     * The bar with its menus' titles, off until the store is ready; their items come with {@link #fillItems} (as the
     * store opens, so the first frame does not wait for them: about a tenth of a second from the class path).
     */
    MenuBar build() {
        bar.disableProperty().bind(model.stateProperty().isNotEqualTo(MainViewModel.State.READY));
        return bar;
    }

    /** The menus' items, their actions wired to the window's parts; once. */
    void fillItems() {
        if (!fileMenu.getItems().isEmpty()) {
            return;
        }
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
        fileMenu.getItems().addAll(newTenant, importComputers, importPeople, export, new SeparatorMenuItem(), backUp, restore,
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
        MenuItem settings = item("Settings…", null, new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), openSettings);
        settings.setId("settingsMenu");
        editMenu.getItems().addAll(undo, redo, new SeparatorMenuItem(), rename, merge, delete, new SeparatorMenuItem(), settings);

        MenuItem find = item("Find tenant", AppIcon.SEARCH, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                () -> treeView.searchField().requestFocus());
        viewMenu.getItems().addAll(find);

        MenuItem syncNow = item("Sync now", null, SyncWindows.SYNC_NOW_KEYS, syncWindows::syncNow);
        syncNow.setId("syncNowMenu");
        MenuItem panel = item("Sync panel…", null, null, syncWindows::openPanel);
        panel.setId("syncPanelMenu");
        MenuItem connect = item("Connect to server…", null, null, syncWindows::openConnect);
        connect.setId("connectMenu");
        connect.disableProperty().bind(model.sync().agentProperty().isNull());
        syncMenu.getItems().addAll(syncNow, panel, new SeparatorMenuItem(), connect);
        MenuItem compliance = item("Compliance report…", AppIcon.REPORT,
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::openComplianceReport);
        compliance.setId("complianceReportMenu");
        MenuItem documentation = item("Tenant documentation…", AppIcon.EXPORT,
                new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::openDocumentation);
        documentation.setId("documentationMenu");
        reportsMenu.getItems().addAll(compliance, documentation);
        MenuItem commandPalette = item("Command palette…", AppIcon.SEARCH, PaletteOpener.PALETTE_KEYS, palette::openPalette);
        commandPalette.setId("commandPaletteMenu");
        MenuItem shortcuts = item("Keyboard shortcuts", null, PaletteOpener.SHORTCUTS_KEYS, palette::openShortcuts);
        shortcuts.setId("shortcutsMenu");
        helpMenu.getItems().addAll(commandPalette, shortcuts);
    }


    /** The compliance report of the selected tenant and its sub-tenants, in a window of its own. */
    private void openComplianceReport() {
        new dev.canopy.ui.reports.ComplianceReportWindow(stage, new dev.canopy.ui.reports.ComplianceReportViewModel(
                model, model.services().store(), model.tasks(), tabs.computers()::showOnly, deployment -> {
                    tabs.deployments().showDeployment(deployment);
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
}
