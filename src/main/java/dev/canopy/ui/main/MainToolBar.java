package dev.canopy.ui.main;

import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.sync.SyncIcon;
import dev.canopy.ui.sync.SyncWindows;
import javafx.scene.control.Button;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** The main window's tool bar: its buttons never take focus from the tree or a field. */
final class MainToolBar {

    private MainToolBar() {
    }

    /** The bar: New tenant, Undo, Redo and Sync now; off until the store is ready. */
    static ToolBar build(MainViewModel model, TreeActions actions, SyncWindows syncWindows) {
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
