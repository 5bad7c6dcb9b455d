package dev.canopy.ui.export;

import dev.canopy.ui.common.AppIcon;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * File → Export… (Ctrl+Shift+E): what the export holds, JSON or CSV, then "Save as…" asks where and the writing goes on
 * in the background.
 */
public final class ExportDialog extends Dialog<Path> {

    private static final ButtonType SAVE = new ButtonType("_Save as…", ButtonBar.ButtonData.OK_DONE);

    /** @param saveAs asks where to write, given the model (a file or folder chooser; a fixed path in tests) */
    public ExportDialog(Window owner, ExportViewModel model, Function<ExportViewModel, Optional<Path>> saveAs) {
        initOwner(owner);
        setTitle("Export");
        setHeaderText("Export the whole data folder");
        setGraphic(AppIcon.EXPORT.view());
        getDialogPane().setId("exportDialog");
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);

        Label holds = new Label(model.hasData() ? "Every tenant: " + model.contents() + "." : "This data folder holds no tenants yet.");
        holds.setId("exportContents");
        holds.setWrapText(true);
        holds.setPrefWidth(440);
        ToggleGroup formats = new ToggleGroup();
        RadioButton json = format(ExportViewModel.Format.JSON, formats, "exportJson");
        RadioButton csv = format(ExportViewModel.Format.CSV, formats, "exportCsv");
        formats.selectToggle(model.formatProperty().get() == ExportViewModel.Format.CSV ? csv : json);
        formats.selectedToggleProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                model.formatProperty().set((ExportViewModel.Format) chosen.getUserData());
            }
        });
        Label restores = new Label("The Canopy export (a .canopy file of JSON) restores into an empty data folder: open it with Canopy, or"
                + " canopy import FILE. The CSV files are for reading only.");
        restores.setWrapText(true);
        restores.setPrefWidth(440);
        getDialogPane().setContent(new VBox(12, holds, json, csv, restores));
        getDialogPane().lookupButton(SAVE).setDisable(!model.hasData());

        setResultConverter(button -> button == SAVE ? saveAs.apply(model).orElse(null) : null);
    }

    private static RadioButton format(ExportViewModel.Format format, ToggleGroup group, String id) {
        RadioButton button = new RadioButton(format.label());
        button.setId(id);
        button.setMnemonicParsing(false);
        button.setUserData(format);
        button.setToggleGroup(group);
        return button;
    }

    /** Shows the dialog; when a place was chosen, the export is written there in the background. */
    public static void open(Window owner, ExportViewModel model, Function<ExportViewModel, Optional<Path>> saveAs) {
        new ExportDialog(owner, model, saveAs).showAndWait().ifPresent(model::export);
    }
}
