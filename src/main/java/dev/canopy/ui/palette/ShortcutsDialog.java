package dev.canopy.ui.palette;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;

/**
 * Help → Keyboard shortcuts (F1): every menu action with its shortcut, from the same list the menus and the
 * palette use, and the keys that work inside the tree and the tables.
 */
public final class ShortcutsDialog extends Dialog<Void> {

    /** Keys handled by a view itself rather than a menu item: [where, what, keys]. */
    static final List<List<String>> IN_VIEWS = List.of(
            List.of("Tenant tree", "Rename the selected tenant", "F2"),
            List.of("Tenant tree", "Delete the selected tenant", "Delete"),
            List.of("Computers tab", "Reassign the selected computers", "Ctrl+R"),
            List.of("Users tab", "Edit the selected person", "Enter"),
            List.of("Users tab", "Remove the selected person", "Delete"),
            List.of("Command palette", "Choose · run · close", "↑ ↓ · Enter · Esc"),
            List.of("Menus", "Open a menu by its underlined letter", "Alt+letter or F10"));

    public ShortcutsDialog(Window owner, List<PaletteAction> actions) {
        initOwner(owner);
        setTitle("Keyboard shortcuts");
        setHeaderText("Keyboard shortcuts");
        getDialogPane().setId("shortcutsDialog");
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setResizable(true);

        TableView<List<String>> menus = table("shortcutTable");
        actions.stream().filter(a -> !a.shortcut().isEmpty()).forEach(a -> menus.getItems().add(List.of(a.menu(), a.name(), a.shortcut())));
        TableView<List<String>> views = table("viewShortcutTable");
        views.getItems().addAll(IN_VIEWS);
        // all seven in-view keys without scrolling; the long menu list scrolls in the room left
        views.setPrefHeight(300);
        menus.setPrefHeight(300);
        Label tip = new Label("Every action, with or without a shortcut, is also in the command palette (Ctrl+K): type a few letters of its name.");
        tip.setWrapText(true);
        tip.getStyleClass().add("field-hint");
        VBox content = new VBox(10, new Label("Menus"), menus, new Label("In the tree, tables and palette"), views, tip);
        content.setPrefWidth(620);
        getDialogPane().setContent(content);
    }

    private static TableView<List<String>> table(String id) {
        TableView<List<String>> table = new TableView<>();
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Where", 0, 150));
        table.getColumns().add(column("Action", 1, 290));
        table.getColumns().add(column("Shortcut", 2, 140));
        return table;
    }

    private static TableColumn<List<String>, String> column(String title, int index, double width) {
        TableColumn<List<String>, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().get(index)));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    public static void open(Window owner, List<PaletteAction> actions) {
        new ShortcutsDialog(owner, actions).showAndWait();
    }
}
