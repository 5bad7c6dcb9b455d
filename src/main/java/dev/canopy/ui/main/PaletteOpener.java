package dev.canopy.ui.main;

import dev.canopy.store.FoundRecord;
import dev.canopy.ui.palette.CommandPalette;
import dev.canopy.ui.palette.CommandPaletteViewModel;
import dev.canopy.ui.palette.PaletteAction;
import dev.canopy.ui.palette.PaletteTargets;
import dev.canopy.ui.palette.ShortcutsDialog;
import dev.canopy.ui.tree.TenantTreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The main window's Help → Command palette (Ctrl+K) and Keyboard shortcuts (F1), over the menu bar's actions, and
 * where what the palette finds opens: a tenant in the tree, a computer on its tenant's Computers tab, a person on
 * the Users tab.
 */
final class PaletteOpener implements PaletteTargets {

    static final KeyCombination PALETTE_KEYS = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SHORTCUTS_KEYS = new KeyCodeCombination(KeyCode.F1);

    private final MainViewModel model;
    private final Stage stage;
    private final TenantTreeView tree;
    private final EditorTabs tabs;
    private final Supplier<List<PaletteAction>> actions;
    private CommandPalette open;

    PaletteOpener(MainViewModel model, Stage stage, TenantTreeView tree, EditorTabs tabs, Supplier<List<PaletteAction>> actions) {
        this.model = model;
        this.stage = stage;
        this.tree = tree;
        this.tabs = tabs;
        this.actions = actions;
    }

    void openPalette() {
        if (open != null && open.isShowing()) {
            return;
        }
        open = new CommandPalette(stage, new CommandPaletteViewModel(actions.get(), model, model, model.tasks(), this));
        open.show();
    }

    void openShortcuts() {
        ShortcutsDialog.open(stage, actions.get());
    }

    @Override
    public void openTenant(UUID tenantId) {
        if (!tree.searchField().getText().isBlank()) {
            tree.clearSearch();  // a filtered tree may not hold the tenant
        }
        model.selectedTenantProperty().set(tenantId);
        tree.tree().requestFocus();
    }

    @Override
    public void openComputer(FoundRecord computer) {
        openTenant(computer.tenantId());
        tabs.computers().showComputer(computer.id(), computer.name());
    }

    @Override
    public void openPerson(FoundRecord person) {
        openTenant(person.tenantId());
        tabs.users().showPerson(person.detail());
    }
}
