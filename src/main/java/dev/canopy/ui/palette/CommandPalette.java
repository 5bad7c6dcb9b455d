package dev.canopy.ui.palette;

import dev.canopy.ui.common.ThemeManager;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The command palette (Ctrl+K): a field with the focus and the matches below it. Up and Down choose, Enter runs
 * or opens the chosen line (the first when none is chosen), a click does too, Esc or leaving the window closes it.
 */
public final class CommandPalette {

    private final CommandPaletteViewModel model;
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final TextField field = new TextField();
    private final ListView<PaletteItem> list = new ListView<>();
    private final javafx.collections.ListChangeListener<PaletteItem> chooseFirst;

    public CommandPalette(Window owner, CommandPaletteViewModel model) {
        this.model = model;
        field.setId("paletteField");
        field.setPromptText("Find an action, tenant, computer or person");
        field.setAccessibleText("Command palette: type to find an action, tenant, computer or person");
        field.textProperty().bindBidirectional(model.queryProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);

        list.setId("paletteList");
        list.setItems(model.results());
        list.setCellFactory(v -> new ItemCell());
        list.setPrefHeight(360);
        list.setFocusTraversable(false);  // the field keeps the focus; Up and Down move the choice from there
        list.setOnMouseClicked(e -> {
            if (list.getSelectionModel().getSelectedItem() != null) {
                runChosen();
            }
        });
        chooseFirst = change -> {
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
                list.scrollTo(0);
            }
        };
        model.results().addListener(chooseFirst);
        chooseFirst.onChanged(null);

        Label status = new Label();
        status.setId("paletteStatus");
        status.getStyleClass().add("field-hint");
        status.textProperty().bind(model.statusProperty());
        Label help = new Label("↑↓ choose · Enter run · Esc close");
        help.getStyleClass().add("field-hint");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox root = new VBox(8, field, list, new HBox(8, status, gap, help));
        root.setId("commandPalette");
        root.getStyleClass().add("command-palette");
        root.setPadding(new Insets(10));
        root.setPrefWidth(620);

        Scene scene = new Scene(root);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.setTitle("Command palette");
        // leaving the palette (a click on the main window, Alt+Tab) closes it, as a menu would
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (was && !focused && stage.isShowing()) {
                close();
            }
        });
        stage.setOnHidden(e -> {
            model.results().removeListener(chooseFirst);
            model.dispose();
        });
        stage.setOnShown(e -> {
            stage.setX(owner.getX() + (owner.getWidth() - stage.getWidth()) / 2);
            stage.setY(owner.getY() + Math.min(120, owner.getHeight() / 6));
            field.requestFocus();
        });
    }

    public void show() {
        stage.show();
        stage.requestFocus();  // an undecorated window is not always given the keyboard when it appears
        field.requestFocus();
    }

    public void close() {
        stage.hide();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> move(1);
            case UP -> move(-1);
            case PAGE_DOWN -> move(10);
            case PAGE_UP -> move(-10);
            case ENTER -> runChosen();
            case ESCAPE -> close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(int by) {
        int size = list.getItems().size();
        if (size == 0) {
            return;
        }
        int now = Math.max(0, Math.min(size - 1, list.getSelectionModel().getSelectedIndex() + by));
        list.getSelectionModel().select(now);
        list.scrollTo(now);
    }

    private void runChosen() {
        PaletteItem chosen = list.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        if (chosen.enabled()) {
            close();  // first, so a dialog the action opens belongs to the main window and gets the focus
        }
        model.run(chosen);
    }

    /** Kind, name, where it is, and an action's shortcut on the right. */
    private static final class ItemCell extends ListCell<PaletteItem> {
        private final Label kind = new Label();
        private final Label title = new Label();
        private final Label detail = new Label();
        private final Label keys = new Label();
        private final HBox line;

        ItemCell() {
            kind.getStyleClass().add("palette-kind");
            kind.setMinWidth(Region.USE_PREF_SIZE);
            title.setMinWidth(Region.USE_PREF_SIZE);
            detail.getStyleClass().add("field-hint");
            keys.getStyleClass().add("palette-shortcut");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            line = new HBox(8, kind, title, detail, gap, keys);
            line.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(PaletteItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            kind.setText(item.kind().label());
            title.setText(item.title());
            detail.setText(item.detail());
            keys.setText(item.shortcut());
            line.setDisable(!item.enabled());
            setGraphic(line);
            setAccessibleText(item.spoken());
        }
    }
}
