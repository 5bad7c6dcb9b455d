package dev.canopy.ui.sync;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Before it sends": each pending edit with what the server's dry run says it would do, then Send all or drop edits. */
public final class PreviewDialog extends Dialog<ButtonType> {

    static final ButtonType SEND_ALL = new ButtonType("_Send all", ButtonBar.ButtonData.OK_DONE);

    private final PreviewViewModel model;

    public PreviewDialog(Window owner, PreviewViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle("Preview pending edits");
        setHeaderText("What the server would do with your pending edits");
        getDialogPane().setId("syncPreview");
        getDialogPane().getButtonTypes().addAll(SEND_ALL, ButtonType.CLOSE);
        var send = getDialogPane().lookupButton(SEND_ALL);
        send.setId("sendAllButton");
        send.disableProperty().bind(model.canSendProperty().not());

        Label summary = new Label();
        summary.setId("previewSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());
        ProgressIndicator asking = new ProgressIndicator();
        asking.setPrefSize(18, 18);
        asking.visibleProperty().bind(model.askingProperty());
        asking.managedProperty().bind(asking.visibleProperty());
        HBox head = new HBox(8, asking, summary);
        head.setAlignment(Pos.CENTER_LEFT);

        ListView<PreviewRow> list = new ListView<>(model.rows());
        list.setId("previewList");
        list.setPrefHeight(360);
        list.setCellFactory(v -> new PreviewCell());
        VBox content = new VBox(8, head, list);
        content.setPadding(new Insets(8, 12, 4, 12));
        content.setPrefWidth(700);
        getDialogPane().setContent(content);
        setOnHidden(e -> {
            if (SEND_ALL.equals(getResult())) {
                model.sendAll();
            }
        });
    }

    private void askDrop(PreviewRow row) {
        if (SyncConfirm.drop(getDialogPane().getScene().getWindow(), row.summary())) {
            model.drop(row);
        }
    }

    private final class PreviewCell extends ListCell<PreviewRow> {
        @Override
        protected void updateItem(PreviewRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label verdict = new Label(row.verdict());
            verdict.setId("verdict-" + row.id());
            verdict.getStyleClass().add("text-bold");
            if (!row.tone().isEmpty()) {
                verdict.getStyleClass().add(row.tone());
            }
            verdict.setMinWidth(90);
            Label what = new Label(row.summary());
            what.setWrapText(true);
            VBox text = new VBox(2, what);
            if (!row.reason().isEmpty()) {
                Label reason = new Label(row.reason());
                reason.getStyleClass().add("field-hint");
                reason.setWrapText(true);
                text.getChildren().add(reason);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(480);
            Button drop = new Button("Drop");
            drop.setId("previewDrop-" + row.id());
            drop.getStyleClass().addAll("small", "flat");
            drop.setOnAction(e -> askDrop(row));
            HBox line = new HBox(10, verdict, text, drop);
            line.setAlignment(Pos.BASELINE_LEFT);  // the verdict reads on the edit's line, its reason below
            setGraphic(line);
        }
    }
}
