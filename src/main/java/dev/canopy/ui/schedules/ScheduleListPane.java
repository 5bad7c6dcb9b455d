package dev.canopy.ui.schedules;

import dev.canopy.domain.schedule.AppliedSchedule;
import dev.canopy.ui.common.AppIcon;
import dev.canopy.ui.common.ErrorDialogs;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Objects;
import java.util.UUID;

/**
 * The left side of the Schedules tab: the tenant's own and inherited schedules, with New and Delete (the
 * Delete key too). Choosing a schedule opens it in the editor, after asking when edits would be lost.
 */
final class ScheduleListPane extends VBox {

    private final SchedulesViewModel model;
    private final ListView<AppliedSchedule> list = new ListView<>();
    private boolean syncing;

    ScheduleListPane(SchedulesViewModel model) {
        this.model = model;
        getStyleClass().add("schedule-list-pane");
        setSpacing(8);
        setPadding(new Insets(12, 8, 12, 12));
        setMinWidth(220);

        Label title = new Label("Maintenance schedules");
        title.getStyleClass().add("title-4");
        title.setMinWidth(0);
        Label summary = new Label();
        summary.getStyleClass().add("field-hint");
        summary.textProperty().bind(model.summaryProperty());

        Button create = new Button("New", AppIcon.ADD.view());
        create.setId("newScheduleButton");
        create.setMinWidth(Region.USE_PREF_SIZE);
        create.setTooltip(new Tooltip("A new maintenance schedule for this tenant"));
        create.setOnAction(e -> createNew());
        Button delete = new Button("Delete", AppIcon.DELETE.view());
        delete.setId("deleteScheduleButton");
        delete.setMinWidth(Region.USE_PREF_SIZE);
        delete.setTooltip(new Tooltip("Delete the selected schedule (Delete)"));
        delete.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            AppliedSchedule s = list.getSelectionModel().getSelectedItem();
            return s == null || s.inherited();
        }, list.getSelectionModel().selectedItemProperty()));
        delete.setOnAction(e -> delete(list.getSelectionModel().getSelectedItem()));
        HBox bar = new HBox(6, create, delete);
        bar.setAlignment(Pos.CENTER_LEFT);

        list.setId("scheduleList");
        list.setItems(model.rows());
        list.setCellFactory(l -> new ScheduleCell(model::tenantName, model.overlapping()));
        list.setPlaceholder(placeholder());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> chosen(now));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && list.getSelectionModel().getSelectedItem() != null) {
                delete(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        // the overlap markers change without the rows changing
        model.overlapping().addListener((SetChangeListener<UUID>) c -> list.refresh());
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, bar, list, summary);

        model.editor().shownProperty().addListener((obs, old, now) -> syncSelection());
        model.setDiscardCheck(this::confirmDiscard);
        model.loadsProperty().addListener((obs, old, now) -> syncSelection());
    }

    private static Label placeholder() {
        Label label = new Label("No schedules apply to this tenant yet.\nClick New to add one.");
        label.getStyleClass().add("field-hint");
        label.setWrapText(true);
        return label;
    }

    /** Selects the row the editor shows (or none, for a new draft), without treating it as the technician's choice. */
    private void syncSelection() {
        var shown = model.editor().shownProperty().get();
        syncing = true;
        try {
            int index = -1;
            for (int i = 0; shown != null && i < list.getItems().size(); i++) {
                if (list.getItems().get(i).schedule().id().equals(shown.schedule().id())) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().clearAndSelect(index);
                list.scrollTo(index);
            }
        } finally {
            syncing = false;
        }
    }

    private void chosen(AppliedSchedule now) {
        if (syncing || now == null) {
            return;
        }
        var shown = model.editor().shownProperty().get();
        if (shown != null && Objects.equals(shown.schedule().id(), now.schedule().id())) {
            return;
        }
        if (!confirmDiscard()) {
            Platform.runLater(this::syncSelection);
            return;
        }
        model.open(now);
    }

    private void createNew() {
        if (confirmDiscard()) {
            model.newSchedule();
        }
    }

    /** True when there are no unsaved edits, or the technician agrees to lose them. */
    private boolean confirmDiscard() {
        var editor = model.editor();
        if (!editor.isDirty()) {
            return true;
        }
        String what = editor.isCreating() ? "the new schedule" : "\"" + editor.shownProperty().get().schedule().name() + "\"";
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Your changes to " + what + " are not saved. Discard them?",
                new ButtonType("_Discard", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        if (getScene() != null) {
            ask.initOwner(getScene().getWindow());
        }
        ask.getDialogPane().setId("discardScheduleDialog");
        ask.setHeaderText("Unsaved changes");
        return ask.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }

    private void delete(AppliedSchedule applied) {
        if (applied == null) {
            return;
        }
        if (applied.inherited()) {
            ErrorDialogs.showMessage(getScene().getWindow(), "This schedule is inherited",
                    "\"" + applied.schedule().name() + "\" belongs to " + model.tenantName(applied.ownerTenantId())
                            + ". Open it there to change or delete it.");
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Delete the maintenance schedule \"" + applied.schedule().name()
                + "\"? You can undo this with Ctrl+Z.", ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(getScene().getWindow());
        confirm.setHeaderText("Delete \"" + applied.schedule().name() + "\"?");
        confirm.getDialogPane().setId("deleteScheduleDialog");
        dev.canopy.ui.common.DeleteConfirmation.answer(confirm, ButtonType.OK).filter(ButtonType.OK::equals).ifPresent(b -> model.delete(applied,
                error -> ErrorDialogs.show(getScene().getWindow(), "That schedule was not deleted", error)));
    }

    ListView<AppliedSchedule> list() {
        return list;
    }
}
