package dev.canopy.ui.main;

import dev.canopy.ui.common.Plural;
import dev.canopy.domain.command.CreateTenant;
import dev.canopy.domain.command.DeleteTenant;
import dev.canopy.domain.command.TenantChanges;
import dev.canopy.domain.command.UpdateTenant;
import dev.canopy.domain.tenant.TenantNode;
import dev.canopy.ui.common.ErrorDialogs;
import dev.canopy.ui.tree.TenantActions;
import dev.canopy.ui.tree.TenantTreeView;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.UUID;
import java.util.function.Supplier;

/** The tenant actions of the main window: each becomes one command; refusals are explained. */
final class TreeActions implements TenantActions {

    private static final ButtonType DELETE = new ButtonType("_Delete", ButtonBar.ButtonData.OK_DONE);

    private final MainViewModel model;
    private final Supplier<Window> window;
    private TenantTreeView tree;

    TreeActions(MainViewModel model, Supplier<Window> window) {
        this.model = model;
        this.window = window;
    }

    void attach(TenantTreeView treeView) {
        this.tree = treeView;
    }

    /** Whether edits can be made now; while the tree is still the snapshot's (the database opening) it says why not. */
    private boolean editable() {
        if (model.stateProperty().get() == MainViewModel.State.READY) {
            return true;
        }
        explain("The database is still opening; edits are possible in a moment.");
        return false;
    }

    @Override
    public void createUnder(UUID parentId) {
        if (!editable()) {
            return;
        }
        UUID parent = parentId != null ? parentId : model.hierarchyProperty().get().root().map(TenantNode::id).orElse(null);
        if (parent == null) {
            return;
        }
        UUID id = UUID.randomUUID();
        String name = model.hierarchyProperty().get().freeChildName(parent, "New tenant");
        model.execute(new CreateTenant(id, parent, name), applied -> {
            tree.clearSearch();
            model.selectedTenantProperty().set(id);
            tree.editName(id);
        }, this::refused);
    }

    @Override
    public void rename(UUID tenantId, String newName) {
        if (!editable()) {
            return;
        }
        model.execute(new UpdateTenant(tenantId, TenantChanges.rename(newName)), applied -> { }, this::refused);
    }

    @Override
    public void move(UUID tenantId, UUID newParentId) {
        if (!editable()) {
            return;
        }
        model.execute(new UpdateTenant(tenantId, TenantChanges.move(newParentId)),
                applied -> model.selectedTenantProperty().set(tenantId), this::refused);
    }

    @Override
    public void delete(UUID tenantId) {
        if (!editable()) {
            return;
        }
        var hierarchy = model.hierarchyProperty().get();
        TenantNode node = hierarchy.node(tenantId).orElse(null);
        if (node == null) {
            return;
        }
        if (hierarchy.isTop(tenantId)) {
            ErrorDialogs.showMessage(window.get(), "Cannot delete " + node.name(), hierarchy.isMspRoot(tenantId)
                    ? "The MSP tenant is the root of everything; it cannot be deleted."
                    : "\"" + node.name() + "\" is the top of your scope; only a technician of the MSP can delete it.");
            return;
        }
        int children = hierarchy.children(tenantId).size();
        if (children > 0 || node.computers() > 0) {
            ErrorDialogs.showMessage(window.get(), "Cannot delete " + node.name(), "\"" + node.name() + "\" still owns "
                    + (children > 0 ? Plural.count(children, "child tenant") : "")
                    + (children > 0 && node.computers() > 0 ? " and " : "")
                    + (node.computers() > 0 ? Plural.count(node.computers(), "computer") : "")
                    + ". Move or merge them into another tenant first.");
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "Delete \"" + node.name() + "\"? You can undo this with Ctrl+Z.", DELETE, ButtonType.CANCEL);
        confirm.initOwner(window.get());
        confirm.setTitle("Delete tenant");
        confirm.setHeaderText("Delete " + node.name() + "?");
        confirm.getDialogPane().setId("deleteDialog");
        dev.canopy.ui.common.DeleteConfirmation.answer(confirm, DELETE).filter(DELETE::equals).ifPresent(b -> model.execute(new DeleteTenant(tenantId),
                applied -> model.selectedTenantProperty().set(node.parentId()), this::refused));
    }

    @Override
    public void merge(UUID sourceId) {
        if (!editable()) {
            return;
        }
        var hierarchy = model.hierarchyProperty().get();
        var node = hierarchy.node(sourceId).orElse(null);
        if (node == null || hierarchy.isTop(sourceId)) {
            explain(hierarchy.isMspRoot(sourceId) ? "The MSP tenant cannot be merged into another tenant."
                    : "The top of your scope cannot be merged into another tenant.");
            return;
        }
        new dev.canopy.ui.merge.MergeWizard(window.get(), model.services(), sourceId).open();
    }

    @Override
    public void reassignComputers(java.util.List<UUID> computerIds, UUID tenantId) {
        if (!editable()) {
            return;
        }
        new dev.canopy.ui.computers.ReassignFlow(model.services(), window).start(computerIds, tenantId);
    }

    @Override
    public void explain(String reason) {
        model.setNotice(reason);
    }

    void refused(Throwable error) {
        ErrorDialogs.show(window.get(), "That change was not made", error);
    }
}
