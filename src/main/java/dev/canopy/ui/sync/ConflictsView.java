package dev.canopy.ui.sync;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One row per conflict: the record and field, base / mine / theirs, who changed theirs and when, the reason for a
 * rejection, a revoke or a deletion; and Keep mine / Take theirs / Edit value….
 */
public final class ConflictsView extends VBox {

    private final ConflictsViewModel model;

    public ConflictsView(ConflictsViewModel model) {
        this.model = model;
        setId("conflictsView");
        setSpacing(8);
        setPadding(new Insets(8));
        Label summary = new Label();
        summary.setId("conflictsSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        ListView<ConflictRow> list = new ListView<>(model.rows());
        list.setId("conflictsList");
        list.setPlaceholder(new Label("Nothing waits for you here."));
        list.setCellFactory(v -> new ConflictCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        Label message = new Label();
        message.setId("conflictsMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        getChildren().addAll(summary, list, message);
    }

    private void askValue(ConflictRow row) {
        TextInputDialog ask = new TextInputDialog("—".equals(row.mine()) || "(empty)".equals(row.mine()) ? "" : row.mine());
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        ask.setTitle("Edit value");
        ask.setHeaderText("The value to keep for " + row.field() + (row.record().isEmpty() ? "" : " of " + row.record()));
        ask.setContentText(row.field());
        ask.getDialogPane().setId("editConflictValueDialog");
        ask.showAndWait().ifPresent(value -> model.editValue(row, value));
    }

    private final class ConflictCell extends ListCell<ConflictRow> {

        @Override
        protected void updateItem(ConflictRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label((row.record().isEmpty() ? "" : row.record() + " · ") + (row.field().isEmpty() ? "whole edit" : row.field())
                    + " — " + row.title());
            title.getStyleClass().add("text-bold");
            VBox box = new VBox(4, title);
            if (!row.field().isEmpty()) {
                GridPane values = new GridPane();
                values.setHgap(12);
                values.setVgap(2);
                addValue(values, 0, "Base", row.base(), "base-" + row.id());
                addValue(values, 1, "Mine", row.mine(), "mine-" + row.id());
                addValue(values, 2, "Theirs", row.theirs(), "theirs-" + row.id());
                box.getChildren().add(values);
            }
            if (!row.changedBy().isEmpty()) {
                box.getChildren().add(hint("Changed on the server " + row.changedBy()));
            }
            if (!row.reason().isEmpty()) {
                Label reason = hint(row.reason());
                reason.setId("reason-" + row.id());
                box.getChildren().add(reason);
            }
            Button keep = button("Keep mine", "keepMine-" + row.id(), () -> model.keepMine(row));
            keep.setDisable(!row.canKeepMine());
            Button take = button("Take theirs", "takeTheirs-" + row.id(), () -> model.takeTheirs(row));
            Button edit = button("Edit value…", "editValue-" + row.id(), () -> askValue(row));
            edit.setDisable(!row.canEdit());
            HBox actions = new HBox(6, keep, take, edit);
            actions.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(actions);
            box.setMinHeight(Region.USE_PREF_SIZE);
            box.setPadding(new Insets(4, 0, 8, 0));
            setGraphic(box);
        }

        private void addValue(GridPane grid, int column, String label, String value, String id) {
            Label name = new Label(label);
            name.getStyleClass().add("field-label");
            Label shown = new Label(value);
            shown.setId(id);
            shown.setWrapText(true);
            shown.setMaxWidth(220);
            grid.add(name, column, 0);
            grid.add(shown, column, 1);
        }

        private Label hint(String text) {
            Label label = new Label(text);
            label.getStyleClass().add("field-hint");
            label.setWrapText(true);
            label.setMaxWidth(660);
            return label;
        }

        private Button button(String text, String id, Runnable action) {
            Button button = new Button(text);
            button.setId(id);
            button.getStyleClass().add("small");
            button.setOnAction(e -> action.run());
            return button;
        }
    }
}
