package dev.canopy.ui.backup;

import dev.canopy.ui.common.AppIcon;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * File → Restore…: the backups with date, kind and what they hold, "Other file…" to pick one elsewhere, and Restore,
 * which asks first, naming the backup's date and contents.
 */
public final class RestoreDialog extends Dialog<Void> {

    static final ButtonType RESTORE = new ButtonType("_Restore…", ButtonBar.ButtonData.OK_DONE);

    /**
     * @param otherFile asks for a backup file elsewhere (a file chooser; a fixed path in tests)
     * @param confirm   asks the technician to confirm the given text (an alert; a fixed answer in tests)
     */
    public RestoreDialog(Window owner, RestoreViewModel model, Supplier<Optional<Path>> otherFile, Predicate<String> confirm) {
        initOwner(owner);
        setTitle("Restore");
        setHeaderText("Restore the local database from a backup");
        setGraphic(AppIcon.IMPORT.view());
        getDialogPane().setId("restoreDialog");
        getDialogPane().getButtonTypes().addAll(RESTORE, ButtonType.CANCEL);

        TableView<BackupRow> table = new TableView<>(model.backups());
        table.setId("backupTable");
        table.setPrefSize(560, 260);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Made", 190, BackupRow::date));
        table.getColumns().add(column("Kind", 80, BackupRow::kind));
        table.getColumns().add(number(column("Tenants", 80, row -> String.format("%,d", row.tenants()))));
        table.getColumns().add(number(column("Computers", 90, row -> String.format("%,d", row.computers()))));
        table.setPlaceholder(new Label("No backups yet"));
        // the table and the model select the same row, either way round
        model.selectedProperty().addListener((obs, old, row) -> table.getSelectionModel().select(row));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });

        Button other = new Button("_Other file…");
        other.setId("otherBackupButton");
        other.setOnAction(e -> otherFile.get().ifPresent(model::choose));
        Label problem = new Label();
        problem.setId("restoreProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(560);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label warning = new Label("Restoring replaces everything in this data folder with the backup; changes made after it are gone.");
        warning.setWrapText(true);
        warning.setMaxWidth(560);
        getDialogPane().setContent(new VBox(10, dev.canopy.ui.common.FieldLabel.of("_Backups", table), table, other, problem, warning));

        Button restore = (Button) getDialogPane().lookupButton(RESTORE);
        restore.setId("restoreButton");
        restore.disableProperty().bind(Bindings.isNull(model.selectedProperty()));
        restore.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (!confirm.test(model.confirmation())) {
                e.consume();  // not confirmed: the dialog stays open and nothing changes
            }
        });
        setResultConverter(button -> {
            if (button == RESTORE) {
                model.restore();
            }
            return null;
        });
        model.load();
    }

    private static TableColumn<BackupRow, String> column(String title, double width, Function<BackupRow, String> text) {
        TableColumn<BackupRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return column;
    }

    /** Counts right-aligned, so their digits line up. */
    private static TableColumn<BackupRow, String> number(TableColumn<BackupRow, String> column) {
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** Opens the dialog with a file chooser for other backups and an alert for the confirmation. */
    public static void open(Window owner, RestoreViewModel model) {
        Supplier<Optional<Path>> chooser = () -> {
            FileChooser files = new FileChooser();
            files.setTitle("Restore from a backup file");
            files.getExtensionFilters().add(new FileChooser.ExtensionFilter("Canopy backup (zip)", "*.zip"));
            File chosen = files.showOpenDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
        Predicate<String> confirm = text -> {
            ButtonType replace = new ButtonType("_Replace", ButtonBar.ButtonData.OK_DONE);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, text, replace, ButtonType.CANCEL);
            ask.initOwner(owner);
            ask.setHeaderText("Restore this backup?");
            ask.getDialogPane().setId("restoreConfirmation");
            return ask.showAndWait().orElse(ButtonType.CANCEL) == replace;
        };
        new RestoreDialog(owner, model, chooser, confirm).showAndWait();
    }
}
