package dev.canopy.ui.imports;

import atlantafx.base.theme.Styles;
import dev.canopy.ui.common.AppIcon;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The import wizard: "Columns" (the mapping step), then "Dry run" (what the import would do), then Import as one
 * undoable change. Back returns to the columns; Cancel stops a dry run and closes without writing anything; while
 * the import is being written the dialog stays open, as a command cannot be stopped halfway.
 */
public final class ImportWizard extends Dialog<Void> {

    static final ButtonType BACK = new ButtonType("_Back", ButtonBar.ButtonData.BACK_PREVIOUS);
    static final ButtonType DRY_RUN = new ButtonType("_Dry run", ButtonBar.ButtonData.NEXT_FORWARD);
    static final ButtonType IMPORT = new ButtonType("_Import", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CANCEL = new ButtonType("_Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final ImportViewModel model;
    private final StackPane content = new StackPane();
    private final DryRunStep dryRun;
    private final ChangeListener<ImportViewModel.Step> onStep = (obs, old, step) -> showStep(step);
    private MappingStep mapping;

    public ImportWizard(Window owner, ImportViewModel model) {
        this.model = model;
        initOwner(owner);
        setTitle("Import computers");
        setHeaderText("Import computers from " + model.fileName());
        setGraphic(AppIcon.IMPORT.view());
        setResizable(true);
        getDialogPane().setId("importWizard");
        getDialogPane().getButtonTypes().addAll(BACK, DRY_RUN, IMPORT, CANCEL);
        button(BACK, "importBackButton", model::back);
        button(DRY_RUN, "importDryRunButton", model::dryRun);
        button(IMPORT, "importButton", () -> model.apply(this::close));
        getDialogPane().lookupButton(CANCEL).setId("importCancelButton");
        // the import is one command in the store: once it is being written, it finishes (or is refused whole)
        getDialogPane().lookupButton(CANCEL).disableProperty().bind(model.stepProperty().isEqualTo(ImportViewModel.Step.APPLYING));
        getDialogPane().lookupButton(BACK).disableProperty().bind(model.stepProperty().isNotEqualTo(ImportViewModel.Step.DRY_RUN));
        getDialogPane().lookupButton(IMPORT).disableProperty().bind(model.canApplyProperty().not());
        getDialogPane().setPrefSize(960, 700);
        getDialogPane().setMinSize(Region.USE_PREF_SIZE, 480);
        dryRun = new DryRunStep(model);
        getDialogPane().setContent(content);
        model.stepProperty().addListener(onStep);
        showStep(model.stepProperty().get());
        setOnCloseRequest(e -> {
            if (model.stepProperty().get() == ImportViewModel.Step.APPLYING) {
                e.consume();
            }
        });
        setOnHidden(e -> dispose());
    }

    /** A wizard button that acts without closing the dialog. */
    private void button(ButtonType type, String id, Runnable action) {
        StepBindings.acting(getDialogPane(), type, id, action);
    }

    private void showStep(ImportViewModel.Step step) {
        Node shown = switch (step) {
            case READING -> reading();
            case COLUMNS -> mappingStep();
            case PLANNING, DRY_RUN, APPLYING, DONE -> dryRun;
        };
        if (content.getChildren().size() != 1 || content.getChildren().get(0) != shown) {
            content.getChildren().setAll(shown);
        }
        Button dryRunButton = (Button) getDialogPane().lookupButton(DRY_RUN);
        dryRunButton.setDefaultButton(step == ImportViewModel.Step.COLUMNS);
        dryRunButton.disableProperty().unbind();
        if (step == ImportViewModel.Step.COLUMNS && model.mappingProperty().get() != null) {
            dryRunButton.disableProperty().bind(model.mappingProperty().get().validProperty().not());
        } else {
            dryRunButton.setDisable(true);
        }
        setHeaderText((step == ImportViewModel.Step.COLUMNS || step == ImportViewModel.Step.READING ? "Step 1 of 2, Columns: " : "Step 2 of 2, Dry run: ")
                + "import computers from " + model.fileName());
    }

    private Node mappingStep() {
        if (mapping == null) {
            mapping = new MappingStep(model.mappingProperty().get());
            Platform.runLater(() -> mapping.lookup("#importPreset").requestFocus());
        }
        VBox withNote = new VBox(8);
        withNote.getChildren().add(mapping);
        Label note = new Label();
        note.setId("importColumnsNote");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        String progress = model.progressProperty().get();
        String error = model.errorProperty().get();
        note.setText(!error.isEmpty() ? error : progress);
        note.getStyleClass().add(error.isEmpty() ? Styles.TEXT_MUTED : Styles.DANGER);
        if (!note.getText().isEmpty()) {
            withNote.getChildren().add(note);
        }
        javafx.scene.layout.VBox.setVgrow(mapping, javafx.scene.layout.Priority.ALWAYS);
        return withNote;
    }

    /** Reading the file, or why it cannot be read. */
    private Node reading() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        Label line = new Label();
        line.setId("importReading");
        line.setWrapText(true);
        line.setMaxWidth(600);
        line.textProperty().bind(javafx.beans.binding.Bindings.when(model.errorProperty().isEmpty())
                .then(model.progressProperty()).otherwise(model.errorProperty()));
        spinner.visibleProperty().bind(model.errorProperty().isEmpty());
        VBox box = new VBox(12, spinner, line);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void dispose() {
        model.stepProperty().removeListener(onStep);
        model.close();
        dryRun.dispose();
        if (mapping != null) {
            mapping.dispose();
        }
    }
}
